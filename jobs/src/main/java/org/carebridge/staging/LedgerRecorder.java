package org.carebridge.staging;

import org.carebridge.legacy.SourceTable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When a table's staging step completes, records how many rows its reader read: the "read" side of
 * the ledger, taken from the reader itself, not from what was written. The reader keeps the count in the step's
 * execution context, which Spring Batch saves with every chunk; {@link LedgerCheck} records it again from there,
 * because a process killed between the step's completion and this listener's write would otherwise leave the table
 * with no ledger line, and a completed step is not run again on restart.
 */
class LedgerRecorder implements StepExecutionListener {

    private final JdbcTemplate jdbc;
    private final StagingProgress progress;

    LedgerRecorder(JdbcTemplate jdbc, StagingProgress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            return stepExecution.getExitStatus();
        }
        ExecutionContext context = stepExecution.getExecutionContext();
        SourceTable table = SourceTable.valueOf(context.getString(SourceTablePartitioner.TABLE));
        long runId = stepExecution.getJobParameters().getLong(StagingRequest.RUN_ID);
        long read = record(jdbc, runId, table, context);
        progress.tableStaged(table, read, stepExecution);
        return stepExecution.getExitStatus();
    }

    /** Writes (or rewrites) the read side of a table's ledger line from its staging step's context; returns rows read. */
    static long record(JdbcTemplate jdbc, long runId, SourceTable table, ExecutionContext context) {
        long read = context.getLong(SourceTableReader.ROWS_READ, 0L);
        jdbc.update("DELETE FROM staging_ledger WHERE run_id = ? AND source_table = ?", runId, table.name());
        jdbc.update("INSERT INTO staging_ledger (run_id, source_system, source_table, source_origin, rows_read,"
                        + " blank_lines, ignored_columns) VALUES (?, ?, ?, ?, ?, ?, ?)",
                runId, table.system().name(), table.name(), context.getString(SourceTableReader.ORIGIN, null), read,
                context.getLong(SourceTableReader.BLANK_LINES, 0L),
                emptyToNull(context.getString(SourceTableReader.IGNORED_COLUMNS, "")));
        return read;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
