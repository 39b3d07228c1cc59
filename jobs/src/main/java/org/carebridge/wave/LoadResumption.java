package org.carebridge.wave;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Predicate;
import org.carebridge.merged.MergedModelSchema;
import org.carebridge.remote.RemoteProperties;
import org.carebridge.teams.MergedTeamsProperties;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether re-running a wave's cutover restarts its interrupted load job, so that only the partitions that did not
 * finish run again, instead of a new load of the whole cohort. Never for a rehearsal, whose schema is rebuilt first. With remote partitioning on, a load spread over many machines
 * is the expensive part worth keeping; locally a re-run loads the cohort again, as it always has (unchanged rows are
 * left alone either way).
 * <p>
 * A restart skips the finished partitions, so it is safe only when they would load exactly what they loaded: the
 * earlier load must have read the same things. They are fingerprinted and kept with the load job: the wave, target
 * schema and cutover date, the staging run, the mapping-set version, the merged teams configuration, and the cohort
 * itself (every legacy record with the person it belongs to, so identity decisions count). Anything different, and
 * the whole cohort is loaded again.
 */
@Component
class LoadResumption {

    static final String INPUTS = "load.inputs";

    private final JdbcTemplate jdbc;
    private final RemoteProperties remote;
    private final MergedTeamsProperties teams;

    LoadResumption(JdbcTemplate jdbc, RemoteProperties remote, MergedTeamsProperties teams) {
        this.jdbc = jdbc;
        this.remote = remote;
        this.teams = teams;
    }

    /** The fingerprint of what the load of wave run {@code runId} reads; empty when loads are not resumed. */
    String inputs(long runId, String wave, String schema, LocalDate cutover) {
        // A rehearsal rebuilds its schema from the live model before loading, which empties the finished ranges.
        if (!remote.enabled() || !MergedModelSchema.LIVE.equals(schema)) {
            return "";
        }
        MessageDigest sha = sha256();
        Map<String, Object> run = jdbc.queryForMap("SELECT staging_run_id, mapping_version FROM wave_run WHERE run_id = ?",
                runId);
        for (Object part : new Object[]{wave, schema, cutover, run.get("staging_run_id"), run.get("mapping_version"),
                teams}) {
            add(sha, String.valueOf(part));
        }
        jdbc.query("SELECT source_system, source_id, person_id FROM wave_record WHERE run_id = ?"
                + " ORDER BY source_system, source_id", rs -> {
            add(sha, rs.getString(1));
            add(sha, rs.getString(2));
            add(sha, rs.getString(3));
        }, runId);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** An earlier load may be restarted only if it read exactly what this one would. */
    Predicate<JobParameters> sameWork(String inputs) {
        return earlier -> !inputs.isEmpty() && inputs.equals(earlier.getString(INPUTS));
    }

    private static void add(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
