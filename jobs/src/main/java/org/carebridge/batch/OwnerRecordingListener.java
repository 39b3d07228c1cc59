package org.carebridge.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/** Records the process running a job execution in its context, before any step starts. */
public class OwnerRecordingListener implements JobExecutionListener {

    public static final String OWNER = "carebridge.owner";

    private final JobRepository jobRepository;

    public OwnerRecordingListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        jobExecution.getExecutionContext().putString(OWNER, ProcessOwner.current().toString());
        jobRepository.updateExecutionContext(jobExecution);
    }
}
