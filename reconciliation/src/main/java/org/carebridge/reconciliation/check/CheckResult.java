package org.carebridge.reconciliation.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One check's outcome in a run: expected against actual, the difference, the tolerance that applied and
 * PASS or FAIL. The record refuses inconsistent figures (a difference that is not actual − expected, a status
 * the tolerance does not give), so a summary read back from disk cannot claim a PASS its numbers deny.
 * Build it with {@link #evaluate}.
 *
 * @param expected          the figure the legacy side says there should be
 * @param actual            the figure found in the merged model
 * @param difference        actual − expected
 * @param allowedDifference what the tolerance allows for this expected figure
 */
public record CheckResult(CheckDefinition check, BigDecimal expected, BigDecimal actual, BigDecimal difference,
                          Tolerance tolerance, BigDecimal allowedDifference, CheckStatus status) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(status, "status");
        expected = atScale(check, "expected", expected);
        actual = atScale(check, "actual", actual);
        difference = atScale(check, "difference", difference);
        if (difference.compareTo(actual.subtract(expected)) != 0) {
            throw new IllegalArgumentException("check " + check.id() + ": the difference must be actual - expected");
        }
        BigDecimal allowed = tolerance.allowedDifference(expected, check.unit());
        if (allowedDifference == null || allowedDifference.compareTo(allowed) != 0) {
            throw new IllegalArgumentException("check " + check.id()
                    + ": the allowed difference must be the one the tolerance gives");
        }
        allowedDifference = allowed;
        CheckStatus earned = difference.abs().compareTo(allowed) <= 0 ? CheckStatus.PASS : CheckStatus.FAIL;
        if (status != earned) {
            throw new IllegalArgumentException("check " + check.id() + ": status " + status
                    + " contradicts its figures, which give " + earned);
        }
    }

    /** Compares {@code actual} with {@code expected} under {@code tolerance}. */
    public static CheckResult evaluate(CheckDefinition check, BigDecimal expected, BigDecimal actual,
                                       Tolerance tolerance) {
        Objects.requireNonNull(check, "check");
        BigDecimal e = atScale(check, "expected", expected);
        BigDecimal a = atScale(check, "actual", actual);
        BigDecimal difference = a.subtract(e);
        BigDecimal allowed = tolerance.allowedDifference(e, check.unit());
        CheckStatus status = difference.abs().compareTo(allowed) <= 0 ? CheckStatus.PASS : CheckStatus.FAIL;
        return new CheckResult(check, e, a, difference, tolerance, allowed, status);
    }

    /** Counts convenience: {@link #evaluate} with whole numbers. */
    public static CheckResult evaluate(CheckDefinition check, long expected, long actual, Tolerance tolerance) {
        return evaluate(check, BigDecimal.valueOf(expected), BigDecimal.valueOf(actual), tolerance);
    }

    public String id() {
        return check.id();
    }

    public boolean passed() {
        return status == CheckStatus.PASS;
    }

    /**
     * Brings a figure to its unit's scale without rounding: pounds must already be whole pennies and counts
     * whole numbers, because silently rounding would hide exactly the discrepancies a reconciliation is for.
     */
    private static BigDecimal atScale(CheckDefinition check, String what, BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("check " + check.id() + ": the " + what + " figure is missing");
        }
        try {
            return value.setScale(check.unit().scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("check " + check.id() + ": the " + what + " figure has more than "
                    + check.unit().scale() + " decimal places for " + check.unit().plural()
                    + "; round it explicitly before the check", e);
        }
    }
}
