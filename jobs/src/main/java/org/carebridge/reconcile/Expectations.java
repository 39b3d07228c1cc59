package org.carebridge.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.carebridge.mappings.MappingSet;
import org.carebridge.mappings.MappingTableSpec;

/**
 * The agreement's business rules as reconciliation applies them to source rows, written here a second time on
 * purpose: the evidence must not come from the code that did the migration, so a bug in the loader's weekly-cost or
 * open-package logic shows up as a difference instead of being repeated on both sides.
 */
final class Expectations {

    /** Units per week as fractions (numerator / denominator) for the frequencies with a fixed rate. */
    private static final Map<String, int[]> FIXED_RATES = Map.of(
            "Weekly", new int[]{1, 1}, "Fortnightly", new int[]{1, 2}, "4-weekly", new int[]{1, 4},
            "Monthly", new int[]{12, 52}, "Quarterly", new int[]{4, 52}, "Annually", new int[]{1, 52});

    private final MappingSet mappings;
    private final LocalDate cutover;

    Expectations(MappingSet mappings, LocalDate cutover) {
        this.mappings = mappings;
        this.cutover = cutover;
    }

    String map(MappingTableSpec spec, String raw) {
        return mappings.map(spec, raw).cleaned();
    }

    /** A package is open at cutover unless it ended before the cutover date. */
    boolean openAtCutover(LocalDate end) {
        return end == null || end.compareTo(cutover) >= 0;
    }

    /** Weekly cost to the penny, half up; {@code null} for one-off costs and when the units are unknown. */
    BigDecimal weeklyCost(BigDecimal unitCost, String rawFrequency, BigDecimal plannedUnits) {
        String frequency = map(MappingTableSpec.COST_FREQUENCY, rawFrequency);
        if (unitCost == null || frequency == null || "One-off".equals(frequency)) {
            return null;
        }
        int[] rate = FIXED_RATES.get(frequency);
        BigDecimal exact = rate != null
                ? unitCost.multiply(BigDecimal.valueOf(rate[0])).divide(BigDecimal.valueOf(rate[1]), MathContext.DECIMAL128)
                : plannedUnits == null ? null : unitCost.multiply(plannedUnits);
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
    }

    LocalDate cutover() {
        return cutover;
    }
}
