package org.carebridge.remote;

import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.carebridge.batch.LaunchCheck;
import org.carebridge.batch.OwnerRecordingListener;
import org.carebridge.batch.ProcessOwner;
import org.carebridge.cli.UserFacingException;
import org.carebridge.database.DatabaseProduct;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before any job starts with remote partitioning on: the database must be one every worker can share (PostgreSQL),
 * the broker must answer within its connect timeout, and no partition of an earlier run whose manager died may still
 * be running on a worker (restarting would hand it to a second worker while the first still writes).
 */
final class RemoteLaunchCheck implements LaunchCheck {

    private final DataSource dataSource;
    private final Broker broker;
    private final JobRepository jobRepository;
    private final RemoteProperties properties;

    RemoteLaunchCheck(DataSource dataSource, Broker broker, JobRepository jobRepository, RemoteProperties properties) {
        this.dataSource = dataSource;
        this.broker = broker;
        this.jobRepository = jobRepository;
        this.properties = properties;
    }

    @Override
    public void beforeLaunch(String jobName) {
        if (!DatabaseProduct.of(dataSource).isPostgres()) {
            throw new UserFacingException("remote partitioning (carebridge.remote.enabled) needs a database the"
                    + " workers share: run with --spring.profiles.active=postgres (the embedded H2 file is this"
                    + " machine's alone)");
        }
        broker.requireReachable(Broker.FOR_A_MANAGER);
        refuseWhilePartitionsOfADeadManagerRun(jobName);
    }

    private void refuseWhilePartitionsOfADeadManagerRun(String jobName) {
        PartitionHealth health = PartitionHealth.forThisMachine(properties);
        for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
            ProcessOwner manager = ProcessOwner.parse(
                    execution.getExecutionContext().getString(OwnerRecordingListener.OWNER, null));
            if (manager != null && manager.mayBeAlive()) {
                continue; // JobRunner refuses a run whose manager is alive, naming it
            }
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus() != BatchStatus.STARTED || !step.getStepName().contains(":")) {
                    continue;
                }
                StepExecution partition = jobRepository.getStepExecution(step.getId());
                ProcessOwner worker = partition == null ? null : PartitionExecutor.ownerOf(partition);
                if (worker != null && health.deadWorker(worker, partition.getLastUpdated(), LocalDateTime.now()).isEmpty()) {
                    throw new UserFacingException("partition " + partition.getStepName() + " of an earlier " + jobName
                            + " run is still running on worker " + worker + " although its manager stopped; wait for"
                            + " it to finish (or stop that worker), then run the same command again");
                }
            }
        }
    }
}
