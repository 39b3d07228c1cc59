package org.carebridge.load;

import java.time.LocalDate;
import org.carebridge.batch.OwnerRecordingListener;
import org.carebridge.batch.ProgressListener;
import org.carebridge.cli.Console;
import org.carebridge.database.TableStatistics;
import org.carebridge.merged.MergeWriter;
import org.carebridge.merged.MergedModelSchema;
import org.carebridge.merged.MergedTable;
import org.carebridge.remote.RemoteManagerSteps;
import org.carebridge.teams.MergedTeamsProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The wave load job: one wave's cohort (listed in {@code wave_record} for the run) into a merged-model schema.
 * <pre>
 * loadReferenceData  merged teams and workers (owned by no wave)
 * loadCohort         the cohort in ranges of person id, loaded side by side on carebridge.load.partitions threads
 *                    (four ranges a thread) or workers (one range each), each person by person in chunks: read
 *                    staged rows → transform → MERGE (unchanged rows untouched)
 * refreshModelStatistics  planner statistics of the schema's tables (the sweep, reconciliation and the next
 *                    wave's MERGEs: without them a just-loaded table looks empty and the sweep's anti-join is planned
 *                    as a nested loop over every row)
 * sweepCohort        remove the wave's rows of people no longer in its cohort (few: the statistics stay true)
 * </pre>
 * Every write is an idempotent MERGE, so a run killed at any point and run again ends in the same state.
 */
@Configuration
public class WaveLoadJobConfiguration {

    public static final String JOB_NAME = "loadWave";
    public static final String WAVE = "wave.code";
    public static final String RUN_ID = "run.id";
    public static final String SCHEMA = "schema";
    public static final String CUTOVER = "cutover";
    /**
     * Ranges of person id per loading thread. Ranges hold equal numbers of people but not of rows (one person has a
     * few rows, another thousands of case notes): with one range per thread the thread of the lighter range idled
     * for a third of W3's load at 100,000 clients; smaller ranges taken in turn keep every thread busy to the end.
     */
    static final int RANGES_PER_THREAD = 4;

    @Bean
    Job loadWaveJob(JobRepository jobRepository, Step loadReferenceData, Step loadCohort, Step sweepCohort,
                    Step refreshModelStatistics) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new OwnerRecordingListener(jobRepository))
                .start(loadReferenceData)
                .next(loadCohort)
                .next(refreshModelStatistics)
                .next(sweepCohort)
                .build();
    }

    @Bean
    Step loadReferenceData(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           JdbcTemplate jdbc, MergedTeamsProperties teams) {
        return new StepBuilder("loadReferenceData", jobRepository)
                .tasklet((contribution, chunk) -> {
                    String schema = chunk.getStepContext().getStepExecution().getJobParameters().getString(SCHEMA);
                    new ReferenceDataLoader(new MergeWriter(jdbc)).load(schema, teams, Workforce.staged(jdbc));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step loadCohort(JobRepository jobRepository, Step loadCohortRange, CohortPartitioner cohortPartitioner,
                    LoadProperties properties, ObjectProvider<RemoteManagerSteps> remote) {
        if (remote.getIfAvailable() != null) {
            // carebridge.remote.enabled: the same ranges, run by ./carebridge worker processes
            return remote.getObject().manager("loadCohort", RemoteManagerSteps.LOAD_WORKER_STEP, cohortPartitioner,
                    properties.partitions());
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("load-");
        executor.setConcurrencyLimit(properties.partitions());
        return new StepBuilder("loadCohort", jobRepository)
                .partitioner("loadCohortRange", cohortPartitioner)
                .step(loadCohortRange)
                .gridSize(properties.partitions() * RANGES_PER_THREAD)
                .taskExecutor(executor)
                .build();
    }

    @Bean
    @StepScope
    CohortPartitioner cohortPartitioner(JdbcTemplate jdbc, @Value("#{jobParameters['run.id']}") Long runId) {
        return new CohortPartitioner(jdbc, runId);
    }

    @Bean
    Step loadCohortRange(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         JdbcCursorItemReader<String> cohortReader, CohortWriter cohortWriter, LoadProperties properties,
                         ProgressListener<String> cohortProgress) {
        return new StepBuilder("loadCohortRange", jobRepository)
                .<String, String>chunk(properties.personsPerChunk())
                .transactionManager(transactionManager)
                .reader(cohortReader)
                .writer(cohortWriter)
                .listener(cohortProgress)
                .build();
    }

    @Bean
    @StepScope
    ProgressListener<String> cohortProgress(Console console, JdbcTemplate jdbc,
                                            @Value("#{jobParameters['run.id']}") Long runId,
                                            @Value("#{stepExecution.stepName}") String partition,
                                            @Value("#{stepExecutionContext['person.first']}") String first,
                                            @Value("#{stepExecutionContext['person.last']}") String last) {
        String range = partition.substring(partition.indexOf(':') + 1);
        return new ProgressListener<>(console, "people loaded (" + range + ")", () -> jdbc.queryForObject(
                "SELECT COUNT(DISTINCT person_id) FROM wave_record WHERE run_id = ? AND person_id BETWEEN ? AND ?",
                Long.class, runId, first, last));
    }

    @Bean
    Step sweepCohort(JobRepository jobRepository, PlatformTransactionManager transactionManager, CohortSweep sweep) {
        return new StepBuilder("sweepCohort", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var parameters = chunk.getStepContext().getStepExecution().getJobParameters();
                    sweep.sweep(parameters.getString(SCHEMA), parameters.getString(WAVE), parameters.getLong(RUN_ID));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step refreshModelStatistics(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                TableStatistics statistics) {
        return new StepBuilder("refreshModelStatistics", jobRepository)
                .tasklet((contribution, chunk) -> {
                    String schema = chunk.getStepContext().getStepExecution().getJobParameters().getString(SCHEMA);
                    MergedModelSchemaCheck.requireKnown(schema);
                    statistics.refresh(MergedTable.tableNamesIn(schema));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<String> cohortReader(javax.sql.DataSource dataSource,
                                              @Value("#{jobParameters['run.id']}") Long runId,
                                              @Value("#{stepExecutionContext['person.first']}") String first,
                                              @Value("#{stepExecutionContext['person.last']}") String last) {
        return new JdbcCursorItemReaderBuilder<String>()
                .name("cohort")
                .dataSource(dataSource)
                .sql("SELECT DISTINCT person_id FROM wave_record WHERE run_id = ? AND person_id BETWEEN ? AND ?"
                        + " ORDER BY person_id")
                .queryArguments(runId, first, last)
                .rowMapper((rs, i) -> rs.getString(1))
                .saveState(true)
                .build();
    }

    @Bean
    @StepScope
    CohortWriter cohortWriter(NamedParameterJdbcTemplate jdbc, JdbcTemplate plain, LoadContextFactory contexts,
                              @Value("#{jobParameters['run.id']}") Long runId,
                              @Value("#{jobParameters['schema']}") String schema,
                              @Value("#{jobParameters['wave.code']}") String wave,
                              @Value("#{jobParameters['cutover']}") String cutover) {
        MergedModelSchemaCheck.requireKnown(schema);
        return new CohortWriter(jdbc, new MergeWriter(plain), runId, schema,
                () -> contexts.create(wave, LocalDate.parse(cutover)));
    }

    /** Only the two schemas Carebridge manages may be written. */
    static final class MergedModelSchemaCheck {
        static void requireKnown(String schema) {
            if (!MergedModelSchema.LIVE.equals(schema) && !MergedModelSchema.REHEARSAL.equals(schema)) {
                throw new IllegalArgumentException("not a merged-model schema: " + schema);
            }
        }
    }
}
