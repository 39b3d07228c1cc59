package org.carebridge.legacy;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a legacy table as the interface agreement names it.
 *
 * @param name     the column name exactly as the agreement spells it (headers are case-sensitive)
 * @param type     how its text is parsed
 * @param width    maximum characters for text, digits for numbers; 0 when unbounded
 */
public record Column(String name, ColumnType type, int width) {

    private static final Pattern WORD_BOUNDARY =
            Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The column's name in Carebridge's own tables: lower snake case, so that it needs no quoting in
     * H2, PostgreSQL or Oracle ({@code LocalPatientId} becomes {@code local_patient_id},
     * {@code NHSNumber} becomes {@code nhs_number}).
     */
    public String dbName() {
        return WORD_BOUNDARY.matcher(name).replaceAll("_").toLowerCase(Locale.ROOT);
    }

    static Column integer(String name, int digits) {
        return new Column(name, ColumnType.INTEGER, digits);
    }

    static Column decimal(String name, int digits) {
        return new Column(name, ColumnType.DECIMAL, digits);
    }

    static Column text(String name, int width) {
        return new Column(name, ColumnType.TEXT, width);
    }

    static Column longText(String name, int width) {
        return new Column(name, ColumnType.LONG_TEXT, width);
    }

    static Column date(String name) {
        return new Column(name, ColumnType.DATE, 0);
    }

    static Column timestamp(String name) {
        return new Column(name, ColumnType.TIMESTAMP, 0);
    }
}
