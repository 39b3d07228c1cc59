package org.carebridge.load;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The CLD weekly-cost rule of the interface agreement: units per week are 1 (Weekly), 1/2 (Fortnightly),
 * 1/4 (4-weekly), 12/52 (Monthly), 4/52 (Quarterly), 1/52 (Annually), otherwise PLANNED_UNITS_PER_WEEK; weekly cost
 * = UNIT_COST × units per week, to the penny (half up); One-off costs are not weekly. The frequency is the
 * cleaned (release-2) value from the cost-frequency mapping.
 */
public final class WeeklyCost {

    private WeeklyCost() {
    }

    /** The weekly cost, or {@code null} when it cannot be weekly (one-off, unknown frequency, no planned units). */
    public static BigDecimal of(BigDecimal unitCost, String frequency, BigDecimal plannedUnitsPerWeek) {
        if (unitCost == null || frequency == null) {
            return null;
        }
        return switch (frequency) {
            case "Weekly" -> scaled(unitCost, 1, 1);
            case "Fortnightly" -> scaled(unitCost, 1, 2);
            case "4-weekly" -> scaled(unitCost, 1, 4);
            case "Monthly" -> scaled(unitCost, 12, 52);
            case "Quarterly" -> scaled(unitCost, 4, 52);
            case "Annually" -> scaled(unitCost, 1, 52);
            case "One-off" -> null;
            default -> plannedUnitsPerWeek == null ? null
                    : unitCost.multiply(plannedUnitsPerWeek).setScale(2, RoundingMode.HALF_UP);
        };
    }

    private static BigDecimal scaled(BigDecimal unitCost, int numerator, int denominator) {
        return unitCost.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
