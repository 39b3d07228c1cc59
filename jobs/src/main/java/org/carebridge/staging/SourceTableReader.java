package org.carebridge.staging;

import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one legacy table as numbered rows and remembers how many it has read, so that a restarted
 * step resumes after the last committed chunk. Subclasses supply the rows (CSV bundle or JDBC).
 * No method is final: readers are step-scoped beans behind class proxies, which cannot intercept
 * final methods (a final method would run on the proxy's own, empty fields).
 */
public abstract class SourceTableReader implements ItemStreamReader<NumberedRow> {

    /** Execution-context key: rows read so far; at the end of the step, the ledger's "read". */
    public static final String ROWS_READ = "source.rows.read";
    public static final String ORIGIN = "source.origin";
    public static final String BLANK_LINES = "source.blank.lines";
    public static final String IGNORED_COLUMNS = "source.ignored.columns";

    private final SourceTable table;
    private long rowsRead;

    protected SourceTableReader(SourceTable table) {
        this.table = table;
    }

    public SourceTable table() {
        return table;
    }

    @Override
    public void open(ExecutionContext context) {
        rowsRead = context.getLong(ROWS_READ, 0L);
        openSource(context, rowsRead);
    }

    @Override
    public NumberedRow read() throws Exception {
        SourceRow row = readSource();
        return row == null ? null : new NumberedRow(++rowsRead, row);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(ROWS_READ, rowsRead);
        context.putString(ORIGIN, origin());
        updateSource(context);
    }

    /** Opens the source positioned after {@code alreadyRead} rows. */
    protected abstract void openSource(ExecutionContext context, long alreadyRead);

    protected abstract SourceRow readSource() throws Exception;

    protected abstract String origin();

    protected void updateSource(ExecutionContext context) {
    }
}
