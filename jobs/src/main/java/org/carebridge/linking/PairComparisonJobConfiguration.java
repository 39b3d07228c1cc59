package org.carebridge.linking;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carebridge.batch.LargestFirstPartitionHandler;
import org.carebridge.batch.OwnerRecordingListener;
import org.carebridge.identity.CandidateSet;
import org.carebridge.remote.RemoteManagerSteps;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Identity resolution's comparisons as a Spring Batch job, for when they should run on other processes: the
 * candidate pairs are split into ranges, one partition each, and every partition leaves its range's comparison
 * vectors in {@code identity_comparison} for the resolving process to collect ({@link PartitionedPairComparisons}).
 * <pre>
 * compareCandidatePairs   partitions compareCandidateRange:range-NNNN, each pairs [from, to) of the candidate set
 * </pre>
 * A worker builds the candidate set itself from the staged people (the same records blocked the same way; the
 * fingerprint proves it) and keeps it for its next range. With {@code carebridge.remote.enabled} the partitions run
 * on {@code ./carebridge worker} processes (queue {@code carebridge.remote.queues.identity}); without it a resolution
 * compares in process and never starts this job, whose partitions would then take turns on the starting process
 * (as its contract tests run it).
 */
@Configuration
public class PairComparisonJobConfiguration {

    public static final String JOB_NAME = "compareIdentityPairs";
    static final String COMPARISON_ID = "comparison.id";
    static final String FINGERPRINT = "candidates.fingerprint";
    static final String PAIRS = "candidates.pairs";
    static final String RANGES = "ranges";

    /** A partition's context: its pairs, from (inclusive) to (exclusive). */
    static final String FROM = "pairs.from";
    static final String TO = "pairs.to";

    @Bean
    Job compareIdentityPairsJob(JobRepository jobRepository, Step compareCandidatePairs) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new OwnerRecordingListener(jobRepository))
                .start(compareCandidatePairs)
                .build();
    }

    @Bean
    Step compareCandidatePairs(JobRepository jobRepository, Step compareCandidateRange, Partitioner pairRangePartitioner,
                               ObjectProvider<RemoteManagerSteps> remote) {
        int threads = Runtime.getRuntime().availableProcessors();
        if (remote.getIfAvailable() != null) {
            return remote.getObject().manager("compareCandidatePairs", RemoteManagerSteps.IDENTITY_WORKER_STEP,
                    pairRangePartitioner, threads);
        }
        // Locally each range already compares on every core, so the ranges take turns.
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("compare-");
        executor.setConcurrencyLimit(1);
        return new StepBuilder("compareCandidatePairs", jobRepository)
                .partitioner(RemoteManagerSteps.IDENTITY_WORKER_STEP, pairRangePartitioner)
                .partitionHandler(new LargestFirstPartitionHandler(compareCandidateRange, executor, threads))
                .build();
    }

    @Bean
    @StepScope
    Partitioner pairRangePartitioner(@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
        long pairs = parameters.getLong(PAIRS);
        int ranges = parameters.getLong(RANGES).intValue();
        return grid -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int r = 0; r < ranges; r++) {
                long from = pairs * r / ranges;
                long to = pairs * (r + 1) / ranges;
                ExecutionContext context = new ExecutionContext();
                context.putLong(FROM, from);
                context.putLong(TO, to);
                context.putLong(LargestFirstPartitionHandler.SIZE_HINT, to - from);
                partitions.put(String.format("range-%04d", r), context);
            }
            return partitions;
        };
    }

    /**
     * One range compared and written in the step's transaction: a range either left its row and completed, or left
     * nothing and runs again from its start on a restart.
     */
    @Bean
    Step compareCandidateRange(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               JdbcTemplate jdbc, CandidateSetCache candidates) {
        return new StepBuilder(RemoteManagerSteps.IDENTITY_WORKER_STEP, jobRepository)
                .tasklet((contribution, chunk) -> {
                    StepExecution step = chunk.getStepContext().getStepExecution();
                    JobParameters parameters = step.getJobParameters();
                    long comparisonId = parameters.getLong(COMPARISON_ID);
                    int from = (int) step.getExecutionContext().getLong(FROM);
                    int to = (int) step.getExecutionContext().getLong(TO);
                    CandidateSet set = candidates.withFingerprint(parameters.getString(FINGERPRINT));
                    int[] vectors = set.compare(from, to);
                    ByteBuffer bytes = ByteBuffer.allocate(4 * vectors.length);
                    bytes.asIntBuffer().put(vectors);
                    jdbc.update("DELETE FROM identity_comparison WHERE comparison_id = ? AND range_from = ?",
                            comparisonId, from);
                    jdbc.update("INSERT INTO identity_comparison (comparison_id, range_from, range_to, vectors)"
                            + " VALUES (?, ?, ?, ?)", comparisonId, from, to, bytes.array());
                    contribution.incrementWriteCount(vectors.length);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
