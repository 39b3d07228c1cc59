package org.carebridge.reconciliation.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a check's actual figure may stray from the expected one and still pass: an absolute amount,
 * a percentage of the expected figure, both, or neither (exact match, the default for counts and money).
 * When both are given the stricter one applies, so adding a rule can never loosen a check.
 * The allowed difference is rounded <em>down</em> to the unit's scale: a relative tolerance on money never
 * lets a fraction of a penny through, and on a count never a fraction of a row.
 *
 * @param absolute          the largest allowed |actual − expected|, or {@code null}
 * @param percentOfExpected the largest allowed |actual − expected| as a percentage of |expected|, or {@code null}
 */
public record Tolerance(BigDecimal absolute, BigDecimal percentOfExpected) {

    /** No difference allowed. */
    public static final Tolerance ZERO = new Tolerance(null, null);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Tolerance {
        if (absolute != null && absolute.signum() < 0) {
            throw new IllegalArgumentException("an absolute tolerance cannot be negative: " + absolute.toPlainString());
        }
        if (percentOfExpected != null && (percentOfExpected.signum() < 0 || percentOfExpected.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("a percentage tolerance must lie between 0 and 100: "
                    + percentOfExpected.toPlainString());
        }
    }

    public static Tolerance absolute(BigDecimal amount) {
        return new Tolerance(amount, null);
    }

    public static Tolerance percent(BigDecimal percent) {
        return new Tolerance(null, percent);
    }

    /** The largest |difference| that passes for this expected figure, at the unit's scale. */
    public BigDecimal allowedDifference(BigDecimal expected, Unit unit) {
        BigDecimal allowed = null;
        if (absolute != null) {
            allowed = absolute;
        }
        if (percentOfExpected != null) {
            BigDecimal relative = expected.abs().multiply(percentOfExpected).divide(HUNDRED);
            allowed = allowed == null ? relative : allowed.min(relative);
        }
        if (allowed == null) {
            allowed = BigDecimal.ZERO;
        }
        return allowed.setScale(unit.scale(), RoundingMode.DOWN);
    }

    /** Whether {@code difference} is within what this tolerance allows for {@code expected}. */
    public boolean allows(BigDecimal difference, BigDecimal expected, Unit unit) {
        return difference.abs().compareTo(allowedDifference(expected, unit)) <= 0;
    }

    /** The rule in words, e.g. "exact match", "±5", "±0.5% of expected", "±5 and ±0.5% of expected". */
    public String describe() {
        if (absolute == null && percentOfExpected == null) {
            return "exact match";
        }
        StringBuilder text = new StringBuilder();
        if (absolute != null) {
            text.append('±').append(absolute.stripTrailingZeros().toPlainString());
        }
        if (percentOfExpected != null) {
            if (text.length() > 0) {
                text.append(" and ");
            }
            text.append('±').append(percentOfExpected.stripTrailingZeros().toPlainString()).append("% of expected");
        }
        return text.toString();
    }
}
