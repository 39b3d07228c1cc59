package org.carebridge.staging;

import java.time.Duration;
import java.util.List;
import org.carebridge.batch.JobOutcome;
import org.carebridge.batch.JobRunner;
import org.carebridge.database.DeferredIndexes;
import org.carebridge.database.RunIds;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;

/** Stages the legacy sources, resuming an interrupted run of the same sources, and returns the ledger. */
@Service
public class StagingService {

    private final JobRunner runner;
    private final Job stageSourcesJob;
    private final StagingLedger ledger;
    private final DeferredIndexes indexes;
    private final RunIds runIds;

    public StagingService(JobRunner runner, Job stageSourcesJob, StagingLedger ledger, RunIds runIds,
                          DeferredIndexes indexes) {
        this.runner = runner;
        this.runIds = runIds;
        this.stageSourcesJob = stageSourcesJob;
        this.ledger = ledger;
        this.indexes = indexes;
    }

    /**
     * Builds the staging tables' secondary indexes that a failed staging run dropped and was never resumed to build
     * (everything after staging reads by them; without them each lookup reads a whole table). Cheap when none wait.
     */
    public void buildIndexesLeftDropped() {
        indexes.rebuild();
    }

    /** The result of a staging run: its ledger, or why it failed. */
    public record StagingReport(long runId, JobOutcome outcome, List<LedgerLine> ledger) {
        public boolean balanced() {
            return outcome.succeeded() && !ledger.isEmpty() && ledger.stream().allMatch(LedgerLine::balanced);
        }

        public long rowsRead() {
            return ledger.stream().mapToLong(LedgerLine::read).sum();
        }

        public Duration elapsed() {
            return outcome.elapsed();
        }
    }

    public StagingReport stage(StagingRequest request) {
        JobExecution execution = runner.run(stageSourcesJob, request.toJobParameters(runIds.next()),
                request::sameWorkAs);
        long runId = execution.getJobParameters().getLong(StagingRequest.RUN_ID);
        return new StagingReport(runId, JobOutcome.of(execution), ledger.lines(runId));
    }
}
