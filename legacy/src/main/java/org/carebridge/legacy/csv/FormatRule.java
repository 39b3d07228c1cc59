package org.carebridge.legacy.csv;

/**
 * The ways a row can break the interface agreement's format. Each is a stable rule id that appears
 * in quarantine and data-quality outputs; a row breaking one cannot be staged as it stands.
 */
public enum FormatRule {
    CSV_UNTERMINATED_QUOTE("A quoted field is never closed before the end of the file"),
    CSV_MALFORMED_QUOTE("A double quote inside an unquoted field, or text after a closing quote (RFC 4180)"),
    CSV_FIELD_COUNT("The row has a different number of fields from the header"),
    INVALID_ENCODING("The text is not valid UTF-8"),
    CONTROL_CHARACTER("The field holds a NUL or other control character"),
    MISSING_KEY("A key column is empty"),
    NOT_AN_INTEGER("The value is not a whole number of the agreed width"),
    NOT_A_DECIMAL("The value is not a decimal with '.' and at most two places of the agreed width"),
    NOT_A_DATE("The value is not a real date written yyyy-MM-dd"),
    NOT_A_TIMESTAMP("The value is not a real timestamp written yyyy-MM-dd'T'HH:mm:ss"),
    TOO_LONG("The value is longer than the agreed column width");

    private final String description;

    FormatRule(String description) {
        this.description = description;
    }

    /** The stable rule id used in quarantine and data-quality outputs. */
    public String id() {
        return name();
    }

    public String description() {
        return description;
    }
}
