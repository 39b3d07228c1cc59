package org.carebridge.quality;

/**
 * The data-quality rules beyond the agreement's format rules ({@link org.carebridge.legacy.csv.FormatRule},
 * all {@link Severity#REJECT}). Ids are stable: they appear in quarantine, findings and reports.
 */
public enum QualityRule {

    NHS_NUMBER_NORMALISED(Severity.FIX, "Spaces or hyphens keyed inside an NHS number are removed"),
    NHS_NUMBER_FORMAT(Severity.WARN, "The NHS number is not ten digits; the person migrates without it"),
    NHS_NUMBER_CHECKSUM(Severity.WARN, "The NHS number fails the modulus-11 check; the person migrates without it"),
    NHS_NUMBER_PLACEHOLDER(Severity.WARN,
            "A placeholder NHS number (0000000000, 1111111111, 9999999999, 0123456789); the person migrates without it"),
    NHS_NUMBER_UNVERIFIED(Severity.WARN,
            "The NHS number status is not 01 (present and verified); the number is kept but never decides a match alone"),
    POSTCODE_NORMALISED(Severity.FIX, "A postcode keyed in another case or spacing is put in normal form (DA7 4QT)"),
    POSTCODE_FORMAT(Severity.WARN, "Not a UK postcode; the person migrates without a postcode"),
    DATE_IN_FUTURE(Severity.REJECT,
            "A date recording something past (birth, death, note, contact, referral) lies after the reference date"),
    DEATH_BEFORE_BIRTH(Severity.REJECT, "The date of death is before the date of birth"),
    END_BEFORE_START(Severity.REJECT, "A period ends before it starts"),
    NEGATIVE_UNIT_COST(Severity.REJECT, "A negative unit cost (a credit) is not a valid care package cost"),
    MISSING_PLANNED_UNITS(Severity.REJECT,
            "A package charged per session, hour or day has no planned units per week, so its weekly cost is unknown"),
    UNMAPPED_CODE(Severity.WARN,
            "A coded value no row of its mapping table covers, or a value the agreement does not list; the row is"
                    + " kept and flagged, and its wave cannot cut over"),
    DUPLICATE_KEY(Severity.REJECT, "A second row with a primary key already staged from the same table"),
    ORPHAN_ROW(Severity.WARN, "The row names a parent row that was not staged (missing or quarantined); it is not loaded");

    private final Severity severity;
    private final String description;

    QualityRule(Severity severity, String description) {
        this.severity = severity;
        this.description = description;
    }

    public String id() {
        return name();
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    /** A finding of this rule on {@code column}. */
    public Finding on(String column, String message) {
        return new Finding(id(), severity, column, message);
    }
}
