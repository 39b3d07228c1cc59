package org.carebridge.legacy.format;

import java.util.List;
import java.util.StringJoiner;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.RowDefect;
import org.carebridge.legacy.csv.SourceRow;

/**
 * A source row with its fields parsed into typed values ({@code Long}, {@code BigDecimal},
 * {@code LocalDate}, {@code LocalDateTime}, {@code String}), or the defects that stop it from being staged.
 */
public record ParsedRow(SourceRow source, Object[] values, List<RowDefect> defects) {

    public boolean ok() {
        return defects.isEmpty();
    }

    public SourceTable table() {
        return source.table();
    }

    public Object value(String column) {
        return values[source.table().indexOf(column)];
    }

    /**
     * The row's key in canonical text ({@code 42}, or {@code RIO1|T01} for several columns); unknown
     * parts are left empty. The same row read from a CSV bundle or over JDBC gives the same key.
     */
    public String sourceKey() {
        StringJoiner key = new StringJoiner("|");
        for (String column : source.table().keyColumns()) {
            int i = source.table().indexOf(column);
            Object typed = values.length > i ? values[i] : null;
            String text = typed != null ? FieldParser.format(typed)
                    : source.values().length > i ? source.values()[i] : null;
            key.add(text == null ? "" : text.strip());
        }
        return key.toString();
    }

    @Override
    public String toString() {
        return "ParsedRow[" + source + " defects=" + defects.size() + "]";
    }
}
