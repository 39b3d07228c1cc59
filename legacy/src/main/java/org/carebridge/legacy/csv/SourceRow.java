package org.carebridge.legacy.csv;

import java.util.Arrays;
import java.util.Objects;
import org.carebridge.legacy.SourceTable;

/**
 * One record of a legacy table as read, before any field is parsed.
 *
 * @param table   the table it belongs to
 * @param origin  where it came from: a bundle file name, or {@code jdbc:SCHEMA.TABLE}
 * @param line    the physical line the record starts on (the header is line 1), or 0 when read over JDBC
 * @param values  the field texts in the table's column order; {@code null} for an empty field. Empty when
 *                the row is structurally broken.
 * @param rawText the record's text as it stood in the file, kept only for quarantine
 * @param defect  why the row could not even be split into the agreed fields, or {@code null}
 */
public record SourceRow(SourceTable table, String origin, long line, String[] values, String rawText,
                        RowDefect defect) {

    public SourceRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(values, "values");
    }

    public static SourceRow of(SourceTable table, String origin, long line, String[] values, String rawText) {
        return new SourceRow(table, origin, line, values, rawText, null);
    }

    public static SourceRow broken(SourceTable table, String origin, long line, String rawText, RowDefect defect) {
        return new SourceRow(table, origin, line, new String[0], rawText, Objects.requireNonNull(defect));
    }

    public boolean isBroken() {
        return defect != null;
    }

    public String value(String column) {
        return values[table.indexOf(column)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRow other && table == other.table && line == other.line
                && Objects.equals(origin, other.origin) && Arrays.equals(values, other.values)
                && Objects.equals(rawText, other.rawText) && Objects.equals(defect, other.defect);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, origin, line, Arrays.hashCode(values), defect);
    }

    @Override
    public String toString() {
        // Values are personal data: never print them.
        return "SourceRow[" + table.tableName() + " " + origin + ":" + line + (isBroken() ? " " + defect.rule() : "")
                + "]";
    }
}
