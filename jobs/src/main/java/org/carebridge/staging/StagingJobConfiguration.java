package org.carebridge.staging;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.batch.LargestFirstPartitionHandler;
import org.carebridge.batch.OwnerRecordingListener;
import org.carebridge.database.TableStatistics;
import org.carebridge.legacy.SourceTable;
import org.carebridge.cli.Console;
import org.carebridge.quality.Mappings;
import org.carebridge.quality.QualityProperties;
import org.carebridge.remote.RemoteManagerSteps;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.carebridge.database.DeferredIndexes;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The staging job: sources → staging, with a balanced ledger.
 * <pre>
 * prepareStaging   refuse unreadable sources (manifest, files, headers, schema), clear previous staging
 * stageTables      one partition per source table: read → parse and validate → stage or quarantine
 * refreshStagingStatistics  planner statistics of the freshly filled tables (the loads' lookups depend on them)
 * applySetRules    duplicate keys → quarantine; orphan rows → flagged
 * checkLedger      read = staged + quarantined for every table, or the job fails
 * writeQualityReport  dq-summary.csv and dq-exceptions.csv
 * </pre>
 */
@Configuration
public class StagingJobConfiguration {

    public static final String JOB_NAME = "stageSources";

    private final StagingProperties properties;
    private final ThreadPoolTaskExecutor rowCheckers;

    public StagingJobConfiguration(StagingProperties properties) {
        this.properties = properties;
        this.rowCheckers = rowCheckers(properties.concurrency());
    }

    @Bean
    Job stageSourcesJob(JobRepository jobRepository, Step prepareStaging, Step stageTables,
                        Step buildStagingIndexes, Step refreshStagingStatistics, Step applySetRules, Step checkLedger,
                        Step writeQualityReport) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new OwnerRecordingListener(jobRepository))
                .start(prepareStaging)
                .next(stageTables)
                .next(buildStagingIndexes)
                .next(refreshStagingStatistics)
                .next(applySetRules)
                .next(checkLedger)
                .next(writeQualityReport)
                .build();
    }

    @Bean
    Step applySetRules(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       JdbcTemplate jdbc) {
        return new StepBuilder("applySetRules", jobRepository)
                .tasklet(new SetBasedRules(jdbc), transactionManager)
                .build();
    }

    /** The secondary indexes {@code prepareStaging} dropped, built once from the filled tables. */
    @Bean
    Step buildStagingIndexes(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             DeferredIndexes indexes) {
        return new StepBuilder("buildStagingIndexes", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    indexes.rebuild();
                    return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step refreshStagingStatistics(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  TableStatistics statistics) {
        return new StepBuilder("refreshStagingStatistics", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
                    List<String> tables = new ArrayList<>(List.of("stg_quarantine", "dq_finding"));
                    StagingRequest.from(parameters).tables().forEach(t -> tables.add(t.stagingTable()));
                    statistics.refresh(tables);
                    return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step writeQualityReport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            JdbcTemplate jdbc, QualityProperties quality, Console console) {
        return new StepBuilder("writeQualityReport", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var step = chunkContext.getStepContext().getStepExecution();
                    long runId = step.getJobParameters().getLong(StagingRequest.RUN_ID);
                    String version = step.getJobExecution().getExecutionContext()
                            .getString(StagingPreparation.MAPPINGS_VERSION, null);
                    var folder = new QualityReportWriter(jdbc)
                            .write(quality.reportsDir().resolve("staging").resolve("run-" + runId), version);
                    console.progress("  data-quality outputs: " + folder.resolve("dq-summary.csv") + ", "
                            + folder.resolve("dq-exceptions.csv"));
                    return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step prepareStaging(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        JdbcTemplate jdbc, SourceOpener opener, Mappings mappings, QualityProperties quality,
                        DeferredIndexes indexes) {
        return new StepBuilder("prepareStaging", jobRepository)
                .tasklet(new StagingPreparation(jdbc, opener, mappings, quality, indexes), transactionManager)
                .build();
    }

    @Bean
    Step stageTables(JobRepository jobRepository, Step stageTable, SourceTablePartitioner stagingPartitioner,
                     StagingProperties properties, ObjectProvider<RemoteManagerSteps> remote) {
        if (remote.getIfAvailable() != null) {
            // carebridge.remote.enabled: the same tables, staged by ./carebridge worker processes
            return remote.getObject().manager("stageTables", RemoteManagerSteps.STAGING_WORKER_STEP,
                    stagingPartitioner, properties.concurrency());
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("stage-");
        executor.setConcurrencyLimit(properties.concurrency());
        return new StepBuilder("stageTables", jobRepository)
                .partitioner("stageTable", stagingPartitioner)
                .partitionHandler(new LargestFirstPartitionHandler(stageTable, executor, properties.concurrency()))
                .build();
    }

    @Bean
    Step stageTable(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    SourceTableReader stagingReader, RowCheckingWriter stagingWriter, JdbcTemplate jdbc,
                    StagingProgress progress, StagingProperties properties) {
        // No item processor: parsing and checking happen in the writer, a slice of each chunk per thread
        // (RowCheckingWriter says why), so the biggest table does not check on one core after the small ones are done.
        return new StepBuilder("stageTable", jobRepository)
                .<NumberedRow, NumberedRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(stagingReader)
                .writer(stagingWriter)
                .listener(new LedgerRecorder(jdbc, progress))
                .build();
    }

    /**
     * Shared by every table's step. Not a bean (an Executor bean would turn off Spring Boot's own task executor);
     * daemon threads that end when idle, so neither a finished run nor a closed context has to shut it down.
     */
    private static ThreadPoolTaskExecutor rowCheckers(int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setAllowCoreThreadTimeOut(true);
        executor.setDaemon(true);
        executor.setThreadNamePrefix("row-check-");
        executor.initialize();
        return executor;
    }

    @Bean
    Step checkLedger(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                     StagingLedger ledger) {
        return new StepBuilder("checkLedger", jobRepository)
                .tasklet(new LedgerCheck(jdbc, ledger, jobRepository), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    SourceTablePartitioner stagingPartitioner(@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
        StagingRequest request = StagingRequest.from(parameters);
        return new SourceTablePartitioner(request.tables(), request::sizeHint);
    }

    @Bean
    @StepScope
    SourceTableReader stagingReader(@Value("#{stepExecutionContext['table']}") String table,
                                    @Value("#{stepExecution.jobParameters}") JobParameters parameters,
                                    SourceOpener opener) {
        return opener.reader(StagingRequest.from(parameters), SourceTable.valueOf(table));
    }

    /**
     * Checks with the mapping tables the run started with (refusing if they have changed since), then writes to the
     * partition's table.
     */
    @Bean
    @StepScope
    RowCheckingWriter stagingWriter(@Value("#{stepExecutionContext['table']}") String table,
                                    @Value("#{jobExecutionContext['mappings.version']}") String mappingsVersion,
                                    @Value("#{stepExecution.jobParameters}") JobParameters parameters,
                                    Mappings mappings, JdbcTemplate jdbc) {
        return new RowCheckingWriter(mappings.validatorFor(mappingsVersion, StagingRequest.from(parameters).referenceDate()),
                new StagingWriter(SourceTable.valueOf(table), jdbc), rowCheckers, properties.concurrency());
    }
}
