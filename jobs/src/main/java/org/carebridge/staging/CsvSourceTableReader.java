package org.carebridge.staging;

import java.nio.file.Path;
import java.util.List;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.SourceRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reads a table from its CSV file; on restart it re-reads and skips the rows already staged. */
class CsvSourceTableReader extends SourceTableReader {

    /** The width of {@code staging_ledger.ignored_columns}; a file may name far more columns than that holds. */
    static final int IGNORED_COLUMNS_WIDTH = 1_000;

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
        context.putString(IGNORED_COLUMNS, summary(reader.ignoredColumns(), IGNORED_COLUMNS_WIDTH));
    }

    /** The names joined with commas; when they do not fit in {@code width}, the first ones and how many more. */
    static String summary(List<String> names, int width) {
        String all = String.join(",", names);
        if (all.length() <= width) {
            return all;
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String more = "… (" + (names.size() - i) + " more)";
            String next = names.get(i) + ",";
            if (kept.length() + next.length() + more.length() > width) {
                return kept + more;
            }
            kept.append(next);
        }
        return kept.toString();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
