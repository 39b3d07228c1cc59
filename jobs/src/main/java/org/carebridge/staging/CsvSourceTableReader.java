package org.carebridge.staging;

import java.nio.file.Path;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.SourceRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reads a table from its CSV file; on restart it re-reads and skips the rows already staged. */
class CsvSourceTableReader extends SourceTableReader {

    private final Path file;
    private CsvTableReader reader;

    CsvSourceTableReader(SourceTable table, Path file) {
        super(table);
        this.file = file;
    }

    @Override
    protected void openSource(ExecutionContext context, long alreadyRead) {
        reader = CsvTableReader.open(table(), file);
        reader.skip(alreadyRead);
    }

    @Override
    protected SourceRow readSource() {
        return reader.next();
    }

    @Override
    protected String origin() {
        return file.getFileName().toString();
    }

    @Override
    protected void updateSource(ExecutionContext context) {
        context.putLong(BLANK_LINES, reader.blankLines());
        context.putString(IGNORED_COLUMNS, String.join(",", reader.ignoredColumns()));
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
