package org.carebridge.legacy.format;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.FormatRule;
import org.carebridge.legacy.csv.RowDefect;
import org.carebridge.legacy.csv.SourceRow;

/** Parses every field of a source row and collects every format defect, not just the first. */
public final class RowParser {

    public ParsedRow parse(SourceRow row) {
        SourceTable table = row.table();
        if (row.isBroken()) {
            return new ParsedRow(row, new Object[0], List.of(row.defect()));
        }
        List<Column> columns = table.columns();
        Object[] values = new Object[columns.size()];
        List<RowDefect> defects = new ArrayList<>(0);
        for (int i = 0; i < values.length; i++) {
            FieldParser.Outcome outcome = FieldParser.parse(columns.get(i), row.values()[i]);
            if (outcome.ok()) {
                values[i] = outcome.value();
            } else {
                defects.add(outcome.defect());
            }
        }
        // A descriptive key (no agreed primary key) needs only its first column, the parent reference.
        List<String> required = table.keyUnique() ? table.keyColumns() : table.keyColumns().subList(0, 1);
        for (String key : required) {
            int i = table.indexOf(key);
            if (values[i] == null && row.values()[i] == null) {
                defects.add(new RowDefect(FormatRule.MISSING_KEY, key, "the key column is empty"));
            }
        }
        return new ParsedRow(row, values, List.copyOf(defects));
    }
}
