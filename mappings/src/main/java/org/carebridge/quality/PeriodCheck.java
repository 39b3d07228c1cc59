package org.carebridge.quality;

import java.time.LocalDate;

/** A period (allocation, package, referral, episode, flag …) cannot end before it starts. */
final class PeriodCheck implements RowCheck {

    private final String startColumn;
    private final String endColumn;

    PeriodCheck(String startColumn, String endColumn) {
        this.startColumn = startColumn;
        this.endColumn = endColumn;
    }

    @Override
    public void check(RowUnderCheck row) {
        LocalDate start = (LocalDate) row.value(startColumn);
        LocalDate end = (LocalDate) row.value(endColumn);
        if (start != null && end != null && end.isBefore(start)) {
            row.report(QualityRule.END_BEFORE_START.on(endColumn, "before " + startColumn));
        }
    }
}
