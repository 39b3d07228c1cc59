package org.carebridge.quality;

import java.time.LocalDate;

/** A person cannot die before they were born. */
final class LifespanCheck implements RowCheck {

    private final String birthColumn;
    private final String deathColumn;

    LifespanCheck(String birthColumn, String deathColumn) {
        this.birthColumn = birthColumn;
        this.deathColumn = deathColumn;
    }

    @Override
    public void check(RowUnderCheck row) {
        LocalDate birth = (LocalDate) row.value(birthColumn);
        LocalDate death = (LocalDate) row.value(deathColumn);
        if (birth != null && death != null && death.isBefore(birth)) {
            row.report(QualityRule.DEATH_BEFORE_BIRTH.on(deathColumn, "before " + birthColumn));
        }
    }
}
