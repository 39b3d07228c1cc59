package org.carebridge.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.carebridge.batch.JobOutcome;
import org.carebridge.batch.JobRunner;
import org.carebridge.cli.UserFacingException;
import org.carebridge.database.SpaceReclaimer;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs reconciliation's source pass (the {@code reconcileSource} job, {@link SourcePassJobConfiguration}) for one
 * reconciliation, and clears its scratch rows when they are no longer needed.
 * <p>
 * A pass that failed (a worker killed, a file unreadable) keeps what its finished tables left: the next
 * reconciliation that would read exactly the same resumes it, reading only the tables that did not finish, under the
 * failed pass's reconciliation id. The same is: the wave and its cutover date, the staging run (the extract and the
 * quarantine), the mapping-set version, and the cohort, every legacy record with its merged person (fingerprinted,
 * so that re-running {@code wave run}, which lists the cohort under a new run id, resumes too). A reconciliation
 * of other work starts a new pass and clears the abandoned one's rows.
 */
@Component
public class SourcePass {

    /** What a reconciliation reads from the source: the scope of one pass. */
    record Request(long waveRunId, String wave, LocalDate cutover, long stagingRunId, String mappingsVersion) {
    }

    /** Job parameter (not identifying): the fingerprint of the cohort the pass reads. */
    static final String COHORT = "cohort.fingerprint";

    private final JobRunner jobs;
    private final Job reconcileSourceJob;
    private final JdbcTemplate jdbc;
    private final SourcePassInputs inputs;
    private final SpaceReclaimer space;

    public SourcePass(JobRunner jobs, Job reconcileSourceJob, JdbcTemplate jdbc, SourcePassInputs inputs,
                      SpaceReclaimer space) {
        this.jobs = jobs;
        this.reconcileSourceJob = reconcileSourceJob;
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.space = space;
    }

    /**
     * Reads every table of the extract (or only those an interrupted pass of the same work did not finish).
     *
     * @param freshReconId the id a new pass is given
     * @return the reconciliation id whose scratch rows hold the pass's results: {@code freshReconId}, or the id of
     *         the interrupted pass that was resumed
     * @throws UserFacingException when a partition failed (its reason in one line); the finished tables are kept
     */
    long run(long freshReconId, Request request) {
        Long abandoned = jobs.unfinished(SourcePassJobConfiguration.JOB_NAME)
                .map(parameters -> parameters.getLong(SourcePassJobConfiguration.RECON_ID)).orElse(null);
        String cohort = cohortFingerprint(request.waveRunId());
        JobParameters fresh = new JobParametersBuilder()
                .addLong(SourcePassJobConfiguration.RECON_ID, freshReconId)
                .addLong(SourcePassJobConfiguration.WAVE_RUN_ID, request.waveRunId())
                .addString(SourcePassJobConfiguration.WAVE, request.wave())
                .addString(SourcePassJobConfiguration.CUTOVER, request.cutover().toString())
                .addLong(SourcePassJobConfiguration.STAGING_RUN_ID, request.stagingRunId())
                .addString(SourcePassJobConfiguration.MAPPINGS_VERSION, request.mappingsVersion())
                .addString(COHORT, cohort, false)
                .toJobParameters();
        JobExecution execution = jobs.run(reconcileSourceJob, fresh, earlier -> sameWork(earlier, request, cohort)
                && scratchSurvived(earlier.getLong(SourcePassJobConfiguration.RECON_ID)));
        long reconId = execution.getJobParameters().getLong(SourcePassJobConfiguration.RECON_ID);
        inputs.release(reconId);
        if (abandoned != null && abandoned != reconId) {
            forget(abandoned);
        }
        JobOutcome outcome = JobOutcome.of(execution);
        if (!outcome.succeeded()) {
            throw new UserFacingException("reading the legacy extract again for reconciliation failed: "
                    + outcome.reason() + "; run the same command again to resume (tables already read are kept)");
        }
        return reconId;
    }

    /** Deletes a reconciliation's scratch rows, and makes their space reusable by the next. */
    void forget(long reconId) {
        for (String table : SourcePassJobConfiguration.scratchTables()) {
            jdbc.update("DELETE FROM " + table + " WHERE recon_id = ?", reconId);
        }
        space.reclaim(SourcePassJobConfiguration.scratchTables());
    }

    private static boolean sameWork(JobParameters earlier, Request request, String cohort) {
        return cohort.equals(earlier.getString(COHORT))
                && request.wave().equals(earlier.getString(SourcePassJobConfiguration.WAVE))
                && request.cutover().toString().equals(earlier.getString(SourcePassJobConfiguration.CUTOVER))
                && Objects.equals(earlier.getLong(SourcePassJobConfiguration.STAGING_RUN_ID), request.stagingRunId())
                && request.mappingsVersion().equals(earlier.getString(SourcePassJobConfiguration.MAPPINGS_VERSION));
    }

    /**
     * Whether the finished tables of an interrupted pass still hold every scratch row they wrote. On PostgreSQL the
     * big scratch tables are unlogged (changelog 017) and a crash recovery empties them, while the job repository
     * still calls those partitions finished: resuming would reconcile against nothing, so such a pass starts afresh.
     */
    private boolean scratchSurvived(long reconId) {
        Long written = jdbc.queryForObject("SELECT SUM(whole) FROM recon_source_figure WHERE recon_id = ? AND figure = ?",
                Long.class, reconId, SourceFigures.SCRATCH_ROWS);
        long present = 0;
        for (String table : SourcePassJobConfiguration.unloggedScratchTables()) {
            present += jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE recon_id = ?", Long.class, reconId);
        }
        // At least: a partition that failed half-way leaves rows its figures do not count yet (its restart clears them).
        return present >= (written == null ? 0 : written);
    }

    /** SHA-256 of the cohort's legacy records and their persons, in a fixed order. */
    private String cohortFingerprint(long waveRunId) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        jdbc.query("SELECT source_system, source_id, person_id FROM wave_record WHERE run_id = ?"
                + " ORDER BY source_system, source_id", rs -> {
            for (int i = 1; i <= 3; i++) {
                sha.update(rs.getString(i).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
        }, waveRunId);
        return HexFormat.of().formatHex(sha.digest());
    }
}
