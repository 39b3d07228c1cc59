package org.carebridge.staging;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.reconciliation.compare.ReadAhead;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads a table from its CSV file; on restart it re-reads and skips the rows already staged. The file is read and
 * split on a thread of its own a few hundred rows ahead, so the step's thread (which hands rows to the checkers and
 * writes them) does not also parse: for the case notes it was the one busy thread of staging's longest partition.
 */
class CsvSourceTableReader extends SourceTableReader {

    /** Rows read ahead: at most (4 + 2) × 256 rows in flight, whatever their size. */
    private static final int READ_AHEAD_BATCH = 256;
    private static final int READ_AHEAD_BATCHES = 4;

    /** A row with the blank lines the reader had passed over when it read it. */
    private record Ahead(SourceRow row, long blankLinesBefore) {
    }

    /** The width of {@code staging_ledger.ignored_columns}; a file may name far more columns than that holds. */
    static final int IGNORED_COLUMNS_WIDTH = 1_000;

    private final Path file;
    private CsvTableReader reader;
    private ReadAhead<Ahead> ahead;
    private long blankLines;

    CsvSourceTableReader(SourceTable table, Path file) {
        super(table);
        this.file = file;
    }

    @Override
    protected void openSource(ExecutionContext context, long alreadyRead) {
        reader = CsvTableReader.open(table(), file);
        reader.skip(alreadyRead);
        blankLines = reader.blankLines();
        CsvTableReader source = reader;
        ahead = ReadAhead.start(table().name(), new Iterator<>() {
            // Read when asked whether there is one, so a failure comes after the rows before it, as it did unread ahead.
            private SourceRow next;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    next = source.next();
                    fetched = true;
                }
                return next != null;
            }

            @Override
            public Ahead next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                return new Ahead(next, source.blankLines());
            }
        }, READ_AHEAD_BATCH, READ_AHEAD_BATCHES);
    }

    @Override
    protected SourceRow readSource() {
        if (!ahead.hasNext()) {
            blankLines = reader.blankLines();
            return null;
        }
        Ahead row = ahead.next();
        blankLines = row.blankLinesBefore();
        return row.row();
    }

    @Override
    protected String origin() {
        return file.getFileName().toString();
    }

    @Override
    protected void updateSource(ExecutionContext context) {
        context.putLong(BLANK_LINES, blankLines);
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
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
