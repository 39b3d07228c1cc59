package org.carebridge.reconciliation.check;

/**
 * What a check counts. The unit fixes how many decimal places its figures may carry, so that a count
 * can never be fractional and money is always whole pennies.
 */
public enum Unit {
    ROWS("rows", 0),
    PERSONS("persons", 0),
    PACKAGES("care packages", 0),
    WORKERS("workers", 0),
    RELATIONSHIPS("worker relationships", 0),
    ITEMS("items", 0),
    /** A sum of key dates as day numbers: equal totals mean no date moved. */
    HASH_TOTAL("hash total", 0),
    POUNDS("pounds", 2),
    CASELOAD_POINTS("caseload points", 2);

    private final String plural;
    private final int scale;

    Unit(String plural, int scale) {
        this.plural = plural;
        this.scale = scale;
    }

    /** The unit as a reader says it, e.g. "care packages". */
    public String plural() {
        return plural;
    }

    /** The most decimal places a figure in this unit may have. */
    public int scale() {
        return scale;
    }

    public boolean isMoney() {
        return this == POUNDS;
    }
}
