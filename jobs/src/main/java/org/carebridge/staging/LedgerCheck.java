package org.carebridge.staging;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.carebridge.legacy.SourceTable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last step of staging: for every source table in scope, records the rows its reader read (again, from the
 * completed staging step's saved context, in this step's transaction: see {@link LedgerRecorder}), counts what is
 * actually in staging and quarantine and checks the two. An imbalance fails the job.
 */
class LedgerCheck implements Tasklet {

    private final JdbcTemplate jdbc;
    private final StagingLedger ledger;
    private final JobRepository jobRepository;

    LedgerCheck(JdbcTemplate jdbc, StagingLedger ledger, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        long runId = parameters.getLong(StagingRequest.RUN_ID);
        List<SourceTable> tables = StagingRequest.from(parameters).tables();
        JobInstance instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance();
        for (SourceTable table : tables) {
            StepExecution staged = jobRepository.getLastStepExecution(instance, "stageTable:" + table.name());
            if (staged == null || staged.getStatus() != BatchStatus.COMPLETED) {
                throw new LedgerImbalanceException("ledger: " + table.tableName() + " was not staged to its end");
            }
            LedgerRecorder.record(jdbc, runId, table, staged.getExecutionContext());
        }
        for (SourceTable table : tables) {
            long staged = count("SELECT COUNT(*) FROM " + table.stagingTable());
            long quarantined = count("SELECT COUNT(*) FROM stg_quarantine WHERE source_table = '" + table.name() + "'");
            int updated = jdbc.update("UPDATE staging_ledger SET rows_staged = ?, rows_quarantined = ?,"
                            + " balanced = (rows_read = ?) WHERE run_id = ? AND source_table = ?",
                    staged, quarantined, staged + quarantined, runId, table.name());
            if (updated != 1) {
                throw new LedgerImbalanceException("ledger: no read count was recorded for " + table.tableName());
            }
        }
        List<LedgerLine> lines = ledger.lines(runId);
        List<LedgerLine> unbalanced = lines.stream().filter(l -> !l.balanced()).toList();
        jdbc.update("UPDATE staging_run SET finished_at = ?, status = ? WHERE run_id = ?", LocalDateTime.now(),
                unbalanced.isEmpty() ? "BALANCED" : "UNBALANCED", runId);
        if (!unbalanced.isEmpty()) {
            throw new LedgerImbalanceException("ledger does not balance: " + unbalanced.stream()
                    .map(l -> l.table().tableName() + " read " + l.read() + " but staged " + l.staged()
                            + " + quarantined " + l.quarantined())
                    .collect(Collectors.joining("; ")));
        }
        return RepeatStatus.FINISHED;
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
