package org.carebridge.reconciliation.check;

/** The families of reconciliation check governance asked for; the report groups and explains checks by them. */
public enum Category {
    LEDGER("Ledger per source table"),
    IDENTITY("Identity equation"),
    ROW_COMPARISON("Row-level comparison"),
    REFERENTIAL_INTEGRITY("Referential integrity"),
    MONEY("Money"),
    KEY_DATES("Key dates"),
    CASELOAD("Caseload"),
    HANDOVER("Handovers");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
