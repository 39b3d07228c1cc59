package org.carebridge.quality;

import java.math.BigDecimal;
import java.util.Set;
import org.carebridge.mappings.MappingSet;
import org.carebridge.mappings.MappingTableSpec;

/**
 * A care package's cost must be computable to the penny: no negative unit cost (credits are not package
 * costs) and, for frequencies shorter than a week, planned units per week.
 */
final class PackageCostCheck implements RowCheck {

    /** CLD release-2 frequencies whose units per week come from PLANNED_UNITS_PER_WEEK. */
    static final Set<String> SUB_WEEKLY = Set.of("Per session", "Hourly", "Daily");

    private final MappingSet mappings;

    PackageCostCheck(MappingSet mappings) {
        this.mappings = mappings;
    }

    @Override
    public void check(RowUnderCheck row) {
        BigDecimal unitCost = (BigDecimal) row.value("UNIT_COST");
        if (unitCost != null && unitCost.signum() < 0) {
            row.report(QualityRule.NEGATIVE_UNIT_COST.on("UNIT_COST", "negative unit cost"));
        }
        String frequency = mappings.map(MappingTableSpec.COST_FREQUENCY, row.text("COST_FREQUENCY")).cleaned();
        if (frequency != null && SUB_WEEKLY.contains(frequency) && row.value("PLANNED_UNITS_PER_WEEK") == null) {
            row.report(QualityRule.MISSING_PLANNED_UNITS.on("PLANNED_UNITS_PER_WEEK",
                    "required for the frequency " + frequency));
        }
    }
}
