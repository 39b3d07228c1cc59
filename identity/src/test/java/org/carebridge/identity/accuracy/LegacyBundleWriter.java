package org.carebridge.identity.accuracy;

import java.nio.file.Path;
import java.util.Map;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableWriter;

/** Writes rows of a legacy person table by column name, leaving unnamed columns empty. */
final class LegacyBundleWriter implements AutoCloseable {

    private final SourceTable table;
    private final CsvTableWriter writer;

    LegacyBundleWriter(Path dir, SourceTable table) {
        this.table = table;
        this.writer = CsvTableWriter.create(dir.resolve(table.fileName()),
                table.columns().stream().map(Column::name).toList());
    }

    void write(Map<String, String> byColumn) {
        String[] fields = new String[table.columns().size()];
        byColumn.forEach((column, value) -> fields[table.indexOf(column)] = value);
        writer.write(fields);
    }

    @Override
    public void close() {
        writer.close();
    }
}
