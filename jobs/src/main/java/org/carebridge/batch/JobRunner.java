package org.carebridge.batch;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.carebridge.cli.UserFacingException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or resumes the same work where an interrupted run stopped. A failed or killed run of
 * the same work is restarted (Spring Batch re-runs only what did not complete); a run still alive in
 * another process is refused, so the same work never runs twice at once.
 */
@Component
public class JobRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final ObjectProvider<LaunchCheck> launchChecks;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, ObjectProvider<LaunchCheck> launchChecks) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.launchChecks = launchChecks;
    }

    /**
     * Runs {@code job} to its end in this thread.
     *
     * @param fresh    parameters for a new run (they must make a new job instance, e.g. by a run id)
     * @param sameWork whether an earlier run's parameters describe the same work, so it may be resumed
     */
    public JobExecution run(Job job, JobParameters fresh, Predicate<JobParameters> sameWork) {
        launchChecks.orderedStream().forEach(check -> check.beforeLaunch(job.getName()));
        JobExecution resumable = findResumable(job.getName(), sameWork);
        try {
            if (resumable != null) {
                return jobOperator.restart(resumable);
            }
            return jobOperator.start(job, fresh);
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The parameters of {@code jobName}'s latest run when that run did not complete (it failed, was stopped or was
     * killed): the work a fresh run may leave behind, or a resume may take up.
     */
    public Optional<JobParameters> unfinished(String jobName) {
        JobInstance last = jobRepository.getLastJobInstance(jobName);
        JobExecution execution = last == null ? null : jobRepository.getLastJobExecution(last);
        if (execution == null || execution.getStatus() == BatchStatus.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(execution.getJobParameters());
    }

    private JobExecution findResumable(String jobName, Predicate<JobParameters> sameWork) {
        refuseIfRunningElsewhere(jobName);
        JobInstance last = jobRepository.getLastJobInstance(jobName);
        if (last == null) {
            return null;
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null || !sameWork.test(execution.getJobParameters())) {
            return null;
        }
        if (execution.getStatus().isRunning()) {
            execution = jobOperator.recover(execution);
        }
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED && status != BatchStatus.UNKNOWN) {
            return null;
        }
        releaseInterruptedSteps(execution);
        if (status == BatchStatus.UNKNOWN) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("ended UNKNOWN (the database connection was"
                    + " lost); released to restart"));
            jobRepository.update(execution);
        }
        return execution;
    }

    /**
     * A database outage can end a job FAILED or UNKNOWN while one of its steps is still recorded as running (its last
     * update never reached the database) or as UNKNOWN (the outcome of its last chunk's commit was lost with the
     * connection). Spring Batch refuses to restart such a job ("already running", "cannot restart from UNKNOWN"),
     * which would block the same work for good. Carebridge's writers are idempotent (staging deletes a chunk's rows
     * before writing them again; loads MERGE by natural key), so such a step can safely run again from its last
     * recorded commit: it is marked FAILED, as Spring Batch's own recovery marks the steps of a killed process, and
     * so is a job that ended UNKNOWN.
     */
    private void releaseInterruptedSteps(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            BatchStatus status = step.getStatus();
            if (status.isRunning() || status == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted while " + status
                        + "; released to restart from its last commit"));
                if (step.getEndTime() == null) {
                    step.setEndTime(LocalDateTime.now());
                }
                jobRepository.update(step);
            }
        }
    }

    private void refuseIfRunningElsewhere(String jobName) {
        Set<JobExecution> running = jobRepository.findRunningJobExecutions(jobName);
        running.stream().sorted(Comparator.comparing(JobExecution::getId)).forEach(execution -> {
            ProcessOwner owner = ProcessOwner.parse(
                    execution.getExecutionContext().getString(OwnerRecordingListener.OWNER, null));
            if (owner != null && owner.mayBeAlive()) {
                throw new UserFacingException(jobName + " is already running (execution " + execution.getId()
                        + ", process " + owner + "); wait for it to finish or stop it first");
            }
            jobOperator.recover(execution);
        });
    }
}
