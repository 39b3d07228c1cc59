package org.carebridge.remote;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.carebridge.batch.ProcessOwner;
import org.carebridge.cli.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Watches a manager step's partitions while the workers run them, and fails the ones that can no longer finish
 * (their worker died, or no worker takes them from the queue), so that the manager, which polls the job repository
 * until no partition is running, ends instead of waiting for ever. A failed partition keeps its last committed
 * state: restarting the job runs it again from there, and only it.
 * <p>
 * When the step fails, the first failed partition and why become the job's one-line reason.
 */
final class PartitionWatch implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionWatch.class);

    private final JobRepository jobRepository;
    private final Broker broker;
    private final RemoteProperties properties;
    private final String workerStep;
    private final Map<Long, ScheduledExecutorService> watches = new ConcurrentHashMap<>();

    PartitionWatch(JobRepository jobRepository, Broker broker, RemoteProperties properties, String workerStep) {
        this.jobRepository = jobRepository;
        this.broker = broker;
        this.properties = properties;
        this.workerStep = workerStep;
    }

    @Override
    public void beforeStep(StepExecution manager) {
        PartitionHealth health = PartitionHealth.forThisMachine(properties);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "partition-watch-" + workerStep);
            thread.setDaemon(true);
            return thread;
        });
        long period = properties.pollInterval().toMillis();
        long jobExecutionId = manager.getJobExecutionId();
        timer.scheduleWithFixedDelay(() -> sweepSafely(jobExecutionId, health), period, period, TimeUnit.MILLISECONDS);
        watches.put(manager.getId(), timer);
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        ScheduledExecutorService timer = watches.remove(manager.getId());
        if (timer != null) {
            timer.shutdown(); // a sweep under way finishes; none starts
        }
        if (manager.getStatus() != BatchStatus.COMPLETED) {
            List<StepExecution> partitions = partitionsOf(manager.getJobExecutionId());
            // A partition never picked up (the manager failed while sending, say) would block the job's restart.
            partitions.stream().filter(p -> p.getStatus() == BatchStatus.STARTING)
                    .forEach(p -> fail(p, "never taken by a worker: the manager stopped waiting"));
            String reason = reason(manager, partitionsOf(manager.getJobExecutionId()));
            if (reason != null) {
                manager.addFailureException(new UserFacingException(reason));
            }
        }
        return null;
    }

    private void sweepSafely(long jobExecutionId, PartitionHealth health) {
        try {
            sweep(jobExecutionId, health);
        } catch (RuntimeException e) {
            // The next poll tries again; a database or broker that stays away fails the manager step itself.
            log.warn("could not check the partitions of {} in job execution {}: {}", workerStep, jobExecutionId,
                    e.toString());
        }
    }

    private void sweep(long jobExecutionId, PartitionHealth health) {
        List<StepExecution> waiting = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution partition : partitionsOf(jobExecutionId)) {
            if (partition.getStatus() == BatchStatus.STARTING) {
                waiting.add(partition);
            } else if (partition.getStatus().isRunning()) {
                StepExecution current = jobRepository.getStepExecution(partition.getId()); // with its context
                if (current == null) {
                    continue;
                }
                ProcessOwner owner = PartitionExecutor.ownerOf(current);
                health.deadWorker(owner, current.getLastUpdated(), now).ifPresent(why -> fail(current, why));
            }
        }
        String queue = properties.queueFor(workerStep);
        if (health.starved(waiting.isEmpty() ? 1 : broker.consumers(queue), Instant.now())) {
            waiting.forEach(p -> fail(p, "no worker consumed queue " + queue + " for more than "
                    + health.workerWait().toSeconds() + " s (start ./carebridge worker on a machine that reaches the"
                    + " broker and the database)"));
        }
    }

    private List<StepExecution> partitionsOf(long jobExecutionId) {
        JobExecution job = jobRepository.getJobExecution(jobExecutionId);
        if (job == null) {
            return List.of();
        }
        return job.getStepExecutions().stream().filter(s -> s.getStepName().startsWith(workerStep + ":"))
                .sorted(Comparator.comparing(StepExecution::getStepName)).toList();
    }

    private void fail(StepExecution partition, String why) {
        StepExecution current = jobRepository.getStepExecution(partition.getId());
        if (current == null || !current.getStatus().isRunning()) {
            return;
        }
        current.setStatus(BatchStatus.FAILED);
        current.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        current.setEndTime(LocalDateTime.now());
        try {
            jobRepository.update(current);
            log.warn("partition {} (step execution {}) failed: {}", current.getStepName(), current.getId(), why);
        } catch (OptimisticLockingFailureException movedOn) {
            // Its worker recorded something meanwhile, so it was alive after all: judged again at the next poll.
        }
    }

    private static String reason(StepExecution manager, List<StepExecution> partitions) {
        List<StepExecution> failed = partitions.stream().filter(p -> p.getStatus() != BatchStatus.COMPLETED).toList();
        if (failed.isEmpty()) {
            return null;
        }
        StepExecution first = failed.get(0);
        String description = first.getExitStatus().getExitDescription();
        String why = description == null || description.isBlank() ? first.getStatus().toString()
                : description.lines().findFirst().orElse("").trim();
        return "partition " + first.getStepName() + " failed: " + why + " (" + failed.size() + " of "
                + partitions.size() + " partitions of " + manager.getStepName() + " did not complete; the others are kept)";
    }
}
