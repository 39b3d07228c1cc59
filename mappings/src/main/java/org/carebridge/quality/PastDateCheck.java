package org.carebridge.quality;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Dates that record something that has happened cannot lie after the reference date (the extract's date). */
final class PastDateCheck implements RowCheck {

    private final List<String> columns;
    private final LocalDate referenceDate;

    PastDateCheck(LocalDate referenceDate, String... columns) {
        this.referenceDate = referenceDate;
        this.columns = List.of(columns);
    }

    @Override
    public void check(RowUnderCheck row) {
        for (String column : columns) {
            Object value = row.value(column);
            LocalDate date = value instanceof LocalDateTime ts ? ts.toLocalDate() : (LocalDate) value;
            if (date != null && date.isAfter(referenceDate)) {
                row.report(QualityRule.DATE_IN_FUTURE.on(column, "after the reference date " + referenceDate));
            }
        }
    }
}
