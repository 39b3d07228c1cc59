package org.carebridge.reconcile;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.batch.LargestFirstPartitionHandler;
import org.carebridge.batch.OwnerRecordingListener;
import org.carebridge.legacy.SourceTable;
import org.carebridge.remote.RemoteManagerSteps;
import org.carebridge.staging.SourceOpener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconciliation's source pass as a Spring Batch job: every legacy table read again from the extract, one partition
 * per table, each leaving its results in scratch tables keyed by the reconciliation's id ({@link TablePass}); the
 * reconciler then combines them ({@link SourceFigures}) and runs the checks against the merged model.
 * <pre>
 * readReferralIndex  partition reconcileReferrals:OXLEAS_REFERRALS, which also saves the referral → patient index
 * readSourceTables   partitions reconcileTable:TABLE for every other table of the staged systems, biggest first;
 *                    contacts and referral teams reach their person through the saved index
 * </pre>
 * The referrals are a small table (under 1 % of a generated extract), so reading them first delays the others by
 * little. Partitions run on {@code carebridge.reconciliation.parallelism} local threads, or with
 * {@code carebridge.remote.enabled} on {@code ./carebridge worker} processes (queue
 * {@code carebridge.remote.queues.reconciliation}).
 */
@Configuration
public class SourcePassJobConfiguration {

    public static final String JOB_NAME = "reconcileSource";
    public static final String RECON_ID = "recon.id";
    public static final String WAVE_RUN_ID = "wave.run.id";
    public static final String WAVE = "wave.code";
    public static final String CUTOVER = "cutover";
    public static final String STAGING_RUN_ID = "staging.run.id";
    public static final String MAPPINGS_VERSION = "mappings.version";

    /** A partition's context: the table it reads. */
    static final String TABLE = "table";
    /** Partition context: set once the partition has started writing scratch rows (its restart must clear them). */
    static final String WRITING = "scratch.writing";

    /** How often a long table records its progress (which is also how a worker on another machine shows it lives). */
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);

    @Bean
    Job reconcileSourceJob(JobRepository jobRepository, Step readReferralIndex, Step readSourceTables) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new OwnerRecordingListener(jobRepository))
                .start(readReferralIndex)
                .next(readSourceTables)
                .build();
    }

    @Bean
    Step readReferralIndex(JobRepository jobRepository, Step reconcileReferrals, Partitioner referralPartitioner,
                           ObjectProvider<RemoteManagerSteps> remote) {
        return partitioned("readReferralIndex", RemoteManagerSteps.RECONCILE_REFERRALS_WORKER_STEP, reconcileReferrals,
                referralPartitioner, 1, jobRepository, remote);
    }

    @Bean
    Step readSourceTables(JobRepository jobRepository, Step reconcileTable, Partitioner sourceTablePartitioner,
                          ReconciliationProperties properties, ObjectProvider<RemoteManagerSteps> remote) {
        return partitioned("readSourceTables", RemoteManagerSteps.RECONCILE_WORKER_STEP, reconcileTable,
                sourceTablePartitioner, properties.parallelism(), jobRepository, remote);
    }

    private static Step partitioned(String name, String workerStep, Step worker, Partitioner partitioner, int threads,
                                    JobRepository jobRepository, ObjectProvider<RemoteManagerSteps> remote) {
        if (remote.getIfAvailable() != null) {
            // carebridge.remote.enabled: the same tables, read by ./carebridge worker processes
            return remote.getObject().manager(name, workerStep, partitioner, threads);
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("reconcile-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder(name, jobRepository)
                .partitioner(workerStep, partitioner)
                .partitionHandler(new LargestFirstPartitionHandler(worker, executor, threads))
                .build();
    }

    @Bean
    @StepScope
    Partitioner referralPartitioner() {
        // Always one partition, so that the step is the same with or without an Oxleas bundle: without one the
        // partition reads nothing and records nothing, and the referrals have no ledger line, as before.
        return grid -> Map.of(SourceTable.OXLEAS_REFERRALS.name(), context(SourceTable.OXLEAS_REFERRALS, 0));
    }

    @Bean
    @StepScope
    Partitioner sourceTablePartitioner(@Value("#{stepExecution.jobParameters}") JobParameters parameters,
                                       JdbcTemplate jdbc, SourceOpener opener) {
        SourceReread source = SourceReread.of(jdbc, parameters.getLong(STAGING_RUN_ID), opener);
        return grid -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (SourceTable table : SourceTable.values()) {
                if (table != SourceTable.OXLEAS_REFERRALS && source.has(table.system())) {
                    partitions.put(table.name(), context(table, source.sizeHint(table)));
                }
            }
            return partitions;
        };
    }

    private static ExecutionContext context(SourceTable table, long size) {
        ExecutionContext context = new ExecutionContext();
        context.putString(TABLE, table.name());
        context.putLong(LargestFirstPartitionHandler.SIZE_HINT, size);
        return context;
    }

    @Bean
    Step reconcileReferrals(JobRepository jobRepository, JdbcTemplate jdbc, SourcePassInputs inputs) {
        return tableStep(RemoteManagerSteps.RECONCILE_REFERRALS_WORKER_STEP, jobRepository, jdbc, inputs);
    }

    @Bean
    Step reconcileTable(JobRepository jobRepository, JdbcTemplate jdbc, SourcePassInputs inputs) {
        return tableStep(RemoteManagerSteps.RECONCILE_WORKER_STEP, jobRepository, jdbc, inputs);
    }

    /**
     * One table read in one go. Its writes are committed batch by batch outside any step transaction, as the single
     * pass did: a partition that fails is run again from its start, after deleting what it left.
     */
    private static Step tableStep(String name, JobRepository jobRepository, JdbcTemplate jdbc, SourcePassInputs inputs) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunk) -> {
                    StepExecution step = chunk.getStepContext().getStepExecution();
                    SourcePassInputs.Inputs in = inputs.of(step.getJobParameters());
                    SourceTable table = SourceTable.valueOf(step.getExecutionContext().getString(TABLE));
                    if (!in.source().has(table.system())) {
                        return RepeatStatus.FINISHED;
                    }
                    SourceIndex index = new SourceIndex(in.scope());
                    if (TablePass.reachedThroughReferrals(table)) {
                        index.loadReferrals(jdbc, in.reconId());
                    }
                    // Only a partition that ran before can have left rows to delete. The delete is not free even
                    // when there is nothing to find (it looks through every row the other tables have written so
                    // far: 0.6 s a table in W3 at 100,000 clients), so a first run skips it; the mark is saved
                    // before the first row is written, and a restarted partition inherits it.
                    boolean ranBefore = step.getExecutionContext().containsKey(WRITING);
                    if (!ranBefore) {
                        step.getExecutionContext().putString(WRITING, "yes");
                        jobRepository.updateExecutionContext(step);
                    }
                    long[] lastBeat = {System.nanoTime()};
                    long read = new TablePass(jdbc, in.reconId(), in.source(), index, in.quarantine(), in.expect(),
                            rows -> {
                                if (System.nanoTime() - lastBeat[0] >= HEARTBEAT.toNanos()) {
                                    step.setReadCount(rows);
                                    jobRepository.update(step);
                                    lastBeat[0] = System.nanoTime();
                                }
                            }).run(table, ranBefore);
                    step.setReadCount(read);
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .build();
    }

    static List<String> scratchTables() {
        return List.of("recon_source_row", "recon_source_day", "recon_source_figure", "recon_referral");
    }

    /** The scratch tables PostgreSQL does not log (changelog 017): a crash recovery empties them. */
    static List<String> unloggedScratchTables() {
        return List.of("recon_source_row", "recon_source_day", "recon_referral");
    }
}
