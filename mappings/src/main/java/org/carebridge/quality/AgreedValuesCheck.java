package org.carebridge.quality;

import java.util.Set;

/**
 * Columns whose values the interface agreement itself enumerates (allocation roles, record statuses, event
 * types …): anything else is flagged, since Carebridge's logic depends on these values.
 */
final class AgreedValuesCheck implements RowCheck {

    private final String column;
    private final Set<String> agreed;

    AgreedValuesCheck(String column, String... agreed) {
        this.column = column;
        this.agreed = Set.of(agreed);
    }

    @Override
    public void check(RowUnderCheck row) {
        String value = row.text(column);
        if (value != null && !agreed.contains(value)) {
            row.report(QualityRule.UNMAPPED_CODE.on(column, "not one of the values the interface agreement lists"));
        }
    }
}
