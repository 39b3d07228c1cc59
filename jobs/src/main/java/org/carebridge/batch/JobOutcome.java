package org.carebridge.batch;

import java.time.Duration;
import java.util.List;
import org.carebridge.cli.UserFacingException;
import org.carebridge.database.DatabaseOutage;
import org.carebridge.legacy.csv.BundleFormatException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * How a job execution ended, with a one-line reason an operator can act on when it failed. Reasons
 * come from the exceptions' messages, which by design never hold personal data.
 *
 * @param connectionLost the job failed because the database connection was lost: running it again resumes it
 */
public record JobOutcome(long executionId, BatchStatus status, String reason, Duration elapsed,
                         boolean connectionLost) {

    public boolean succeeded() {
        return status == BatchStatus.COMPLETED;
    }

    public static JobOutcome of(JobExecution execution) {
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String reason = execution.getStatus() == BatchStatus.COMPLETED ? null : reason(execution);
        boolean connectionLost = execution.getStatus() != BatchStatus.COMPLETED && execution.getAllFailureExceptions()
                .stream().anyMatch(f -> DatabaseOutage.describe(f).isPresent());
        return new JobOutcome(execution.getId(), execution.getStatus(), reason, elapsed, connectionLost);
    }

    private static String reason(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        for (Throwable failure : failures) {
            Throwable cause = failure;
            while (cause != null) {
                if (cause instanceof UserFacingException || cause instanceof BundleFormatException) {
                    return cause.getMessage();
                }
                cause = cause.getCause();
            }
        }
        for (Throwable failure : failures) {
            var outage = DatabaseOutage.describe(failure);
            if (outage.isPresent()) {
                return outage.get();
            }
        }
        if (!failures.isEmpty()) {
            Throwable root = failures.get(0);
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        }
        return execution.getJobInstance().getJobName() + " ended " + execution.getStatus();
    }
}
