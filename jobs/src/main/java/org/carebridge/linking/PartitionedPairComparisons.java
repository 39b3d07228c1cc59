package org.carebridge.linking;

import java.nio.ByteBuffer;
import org.carebridge.batch.JobOutcome;
import org.carebridge.batch.JobRunner;
import org.carebridge.cli.UserFacingException;
import org.carebridge.database.RunIds;
import org.carebridge.identity.CandidateSet;
import org.carebridge.identity.PairComparisons;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares a resolution's candidate pairs with the {@code compareIdentityPairs} job
 * ({@link PairComparisonJobConfiguration}), range by range, and collects the vectors the ranges left.
 * <p>
 * A job that failed (a worker killed mid-range) keeps the ranges that finished: the next resolution of exactly the
 * same candidate set (same fingerprint) resumes it and compares only the ranges that did not finish; a resolution of
 * another set starts a new job and clears the abandoned one's rows.
 */
@Component
class PartitionedPairComparisons implements PairComparisons {

    private final JobRunner jobs;
    private final Job compareIdentityPairsJob;
    private final JdbcTemplate jdbc;
    private final RunIds runIds;
    private final CandidateSetCache cache;
    private final IdentityProperties properties;

    PartitionedPairComparisons(JobRunner jobs, Job compareIdentityPairsJob, JdbcTemplate jdbc, RunIds runIds,
                               CandidateSetCache cache, IdentityProperties properties) {
        this.jobs = jobs;
        this.compareIdentityPairsJob = compareIdentityPairsJob;
        this.jdbc = jdbc;
        this.runIds = runIds;
        this.cache = cache;
        this.properties = properties;
    }

    @Override
    public int[] compareAll(CandidateSet candidates) {
        if (candidates.size() == 0) {
            return new int[0];
        }
        cache.offer(candidates);
        try {
            return compareByJob(candidates);
        } finally {
            cache.release(candidates);
        }
    }

    private int[] compareByJob(CandidateSet candidates) {
        Long abandoned = jobs.unfinished(PairComparisonJobConfiguration.JOB_NAME)
                .map(parameters -> parameters.getLong(PairComparisonJobConfiguration.COMPARISON_ID)).orElse(null);
        String fingerprint = candidates.fingerprint();
        JobParameters fresh = new JobParametersBuilder()
                .addLong(PairComparisonJobConfiguration.COMPARISON_ID, runIds.next())
                .addString(PairComparisonJobConfiguration.FINGERPRINT, fingerprint)
                .addLong(PairComparisonJobConfiguration.PAIRS, (long) candidates.size())
                .addLong(PairComparisonJobConfiguration.RANGES, (long) properties.rangesFor(candidates.size()))
                .toJobParameters();
        JobExecution execution = jobs.run(compareIdentityPairsJob, fresh,
                earlier -> fingerprint.equals(earlier.getString(PairComparisonJobConfiguration.FINGERPRINT)));
        long comparisonId = execution.getJobParameters().getLong(PairComparisonJobConfiguration.COMPARISON_ID);
        if (abandoned != null && abandoned != comparisonId) {
            forget(abandoned);
        }
        JobOutcome outcome = JobOutcome.of(execution);
        if (!outcome.succeeded()) {
            throw new UserFacingException("comparing the candidate pairs of identity resolution failed: "
                    + outcome.reason() + "; run the same command again to resume (ranges already compared are kept)");
        }
        try {
            return collect(comparisonId, candidates.size());
        } finally {
            // A completed job is never resumed: its rows are of no further use, whether or not they added up.
            forget(comparisonId);
        }
    }

    private void forget(long comparisonId) {
        jdbc.update("DELETE FROM identity_comparison WHERE comparison_id = ?", comparisonId);
    }

    /** The ranges' vectors end to end, refusing gaps and overlaps. */
    private int[] collect(long comparisonId, int pairs) {
        int[] vectors = new int[pairs];
        int[] next = {0};
        jdbc.query("SELECT range_from, range_to, vectors FROM identity_comparison WHERE comparison_id = ?"
                + " ORDER BY range_from", rs -> {
                    int from = rs.getInt(1);
                    int to = rs.getInt(2);
                    byte[] bytes = rs.getBytes(3);
                    if (from != next[0] || to < from || to > pairs || bytes.length != 4 * (to - from)) {
                        throw new IllegalStateException("comparison " + comparisonId + ": range " + from + "–" + to
                                + " (" + bytes.length + " bytes) does not follow pair " + next[0] + " of " + pairs);
                    }
                    ByteBuffer.wrap(bytes).asIntBuffer().get(vectors, from, to - from);
                    next[0] = to;
                }, comparisonId);
        if (next[0] != pairs) {
            throw new IllegalStateException("comparison " + comparisonId + " covers " + next[0] + " of " + pairs
                    + " pairs");
        }
        return vectors;
    }
}
