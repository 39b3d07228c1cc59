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
 * the ledger, taken from the reader itself, not from what was written.
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
        long read = context.getLong(SourceTableReader.ROWS_READ, 0L);
        jdbc.update("DELETE FROM staging_ledger WHERE run_id = ? AND source_table = ?", runId, table.name());
        jdbc.update("INSERT INTO staging_ledger (run_id, source_system, source_table, source_origin, rows_read,"
                        + " blank_lines, ignored_columns) VALUES (?, ?, ?, ?, ?, ?, ?)",
                runId, table.system().name(), table.name(), context.getString(SourceTableReader.ORIGIN, null), read,
                context.getLong(SourceTableReader.BLANK_LINES, 0L),
                emptyToNull(context.getString(SourceTableReader.IGNORED_COLUMNS, "")));
        progress.tableStaged(table, read, stepExecution);
        return stepExecution.getExitStatus();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
