package org.carebridge.quality;

import java.util.HashMap;
import java.util.Map;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;

/** Builds a source row as a file would hold it: only the columns a test names, and the table's key. */
final class SourceRowBuilder {

    private final SourceTable table;
    private final Map<String, String> values = new HashMap<>();

    private SourceRowBuilder(SourceTable table) {
        this.table = table;
        for (String key : table.keyColumns()) {
            values.put(key, key.endsWith("Id") || key.equals("merged_worker_id") || key.equals("TEAM_CODE") ? "K1" : "1");
        }
    }

    static SourceRowBuilder row(SourceTable table) {
        return new SourceRowBuilder(table);
    }

    SourceRowBuilder with(String column, String text) {
        table.indexOf(column);
        values.put(column, text);
        return this;
    }

    SourceRow build() {
        String[] fields = new String[table.columns().size()];
        values.forEach((column, text) -> fields[table.indexOf(column)] = text);
        return SourceRow.of(table, table.fileName(), 2, fields, "raw");
    }
}
