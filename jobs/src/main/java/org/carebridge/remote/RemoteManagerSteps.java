package org.carebridge.remote;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.messaging.MessageChannel;

/**
 * Builds the manager side of Spring Batch's remote partitioning for the partitioned steps: the partitioner
 * splits the work exactly as it does locally (same partition names, same execution contexts), and each partition
 * goes out as a {@link PartitionRequest} on the request channel. Results are read back by polling the job
 * repository, where the workers record them, so there are no reply queues to lose.
 * <p>
 * The builder is constructed directly: {@code @EnableBatchIntegration} works beside Boot's batch auto-configuration,
 * but its factory does no more than call this constructor, and its remote-chunking factories would go unused.
 */
public class RemoteManagerSteps {

    /** The worker step of staging's {@code stageTables}: one source table. */
    public static final String STAGING_WORKER_STEP = "stageTable";
    /** The worker step of the wave load's {@code loadCohort}: one range of person ids. */
    public static final String LOAD_WORKER_STEP = "loadCohortRange";
    /** The worker step of reconciliation's {@code readSourceTables}: one legacy table read again from the extract. */
    public static final String RECONCILE_WORKER_STEP = "reconcileTable";
    /** The worker step of reconciliation's {@code readReferralIndex}: the referrals, which contacts are reached by. */
    public static final String RECONCILE_REFERRALS_WORKER_STEP = "reconcileReferrals";
    /** The worker step of identity resolution's {@code compareCandidatePairs}: one range of candidate pairs. */
    public static final String IDENTITY_WORKER_STEP = "compareCandidateRange";

    private final JobRepository jobRepository;
    private final MessageChannel requests;
    private final Broker broker;
    private final RemoteProperties properties;

    RemoteManagerSteps(JobRepository jobRepository, MessageChannel requests, Broker broker,
                       RemoteProperties properties) {
        this.jobRepository = jobRepository;
        this.requests = requests;
        this.broker = broker;
        this.properties = properties;
    }

    /**
     * A manager step named {@code name} whose partitions ({@code workerStep:PARTITION}) run on the workers.
     *
     * @param gridSize the partitioner's hint, as for the local step
     */
    public Step manager(String name, String workerStep, Partitioner partitioner, int gridSize) {
        properties.queueFor(workerStep); // refuses a step no queue carries, when the job is defined
        return new RemotePartitioningManagerStepBuilder(name, jobRepository)
                .partitioner(workerStep, partitioner)
                .gridSize(gridSize)
                .outputChannel(requests)
                .pollInterval(properties.pollInterval().toMillis())
                .listener(new PartitionWatch(jobRepository, broker, properties, workerStep))
                .build();
    }
}
