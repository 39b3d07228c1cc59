package org.carebridge.remote;

import java.time.Duration;
import org.carebridge.batch.ProcessOwner;
import org.carebridge.cli.Console;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A worker's handling of one partition request: claim the partition in the job repository, then let Spring Batch's
 * {@link StepExecutionRequestHandler} run the worker step (the same step bean the manager would run locally) on it.
 * <p>
 * A partition runs at most once per job execution. Only a partition still waiting (STARTING) is claimed, and the
 * claim is an optimistic-locked update of its step execution, so of two workers handed the same request (the broker
 * redelivers a message whose consumer died) exactly one runs it. The claim records the worker's host and process id,
 * which is how the manager tells a dead worker from a slow one.
 */
final class PartitionExecutor {

    /** Key in a partition's execution context: the worker process that claimed it, {@code host:pid}. */
    static final String OWNER = "carebridge.worker";
    /**
     * Key beside {@link #OWNER}: the step execution the owner claimed. A restarted partition starts from a copy of
     * its failed predecessor's context, dead owner included, until its own worker records itself.
     */
    static final String OWNER_OF = "carebridge.worker.step-execution";

    private static final Logger log = LoggerFactory.getLogger(PartitionExecutor.class);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler steps;
    private final Console console;

    PartitionExecutor(JobRepository jobRepository, StepExecutionRequestHandler steps, Console console) {
        this.jobRepository = jobRepository;
        this.steps = steps;
        this.console = console;
    }

    /** The worker that claimed {@code partition}, or {@code null} if none has yet. */
    static ProcessOwner ownerOf(StepExecution partition) {
        var context = partition.getExecutionContext();
        return context.getLong(OWNER_OF, -1L) == partition.getId()
                ? ProcessOwner.parse(context.getString(OWNER, null)) : null;
    }

    /** Runs the partition if it is still waiting; returns how it ended, or {@code null} if it was not ours to run. */
    BatchStatus execute(PartitionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.stepExecutionId());
        if (partition == null) {
            log.warn("no step execution {} in the job repository: request ignored (is this worker on the manager's"
                    + " database?)", request.stepExecutionId());
            return null;
        }
        if (partition.getStatus() != BatchStatus.STARTING || !claim(partition)) {
            log.info("partition {} (step execution {}) is {}: not run again", partition.getStepName(),
                    partition.getId(), partition.getStatus());
            return null;
        }
        console.progress("  running " + partition.getStepName() + " (step execution " + partition.getId() + ")");
        long started = System.nanoTime();
        StepExecution ran = steps.handle(request.toStepExecutionRequest());
        recordIfUnrecorded(ran);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        console.progress(String.format("  %s %s in %.1f s", partition.getStepName(), ran.getStatus(),
                took.toMillis() / 1000.0));
        log.info("partition {} (step execution {}) ended {} in {} ms", partition.getStepName(), partition.getId(),
                ran.getStatus(), took.toMillis());
        return ran.getStatus();
    }

    private boolean claim(StepExecution partition) {
        partition.setStatus(BatchStatus.STARTED);
        try {
            jobRepository.update(partition);
        } catch (OptimisticLockingFailureException takenMeanwhile) {
            return false;
        }
        partition.getExecutionContext().putString(OWNER, ProcessOwner.current().toString());
        partition.getExecutionContext().putLong(OWNER_OF, partition.getId());
        jobRepository.updateExecutionContext(partition);
        return true;
    }

    /**
     * The step records its own end, except when it throws out of {@code execute} (an interrupt, or a repository
     * that failed mid-update): Spring Batch's handler then sets the status on its copy only, and the partition would
     * otherwise look running until the manager judged it dead.
     */
    private void recordIfUnrecorded(StepExecution ran) {
        if (ran.getStatus().isRunning()) {
            return;
        }
        StepExecution stored = jobRepository.getStepExecution(ran.getId());
        if (stored != null && stored.getStatus().isRunning()) {
            stored.setStatus(ran.getStatus());
            stored.setExitStatus(ran.getExitStatus());
            stored.setEndTime(java.time.LocalDateTime.now());
            try {
                jobRepository.update(stored);
            } catch (RuntimeException e) {
                log.warn("could not record the end of partition {}: {}", ran.getStepName(), e.toString());
            }
        }
    }
}
