package org.carebridge.reconcile;

import java.time.LocalDate;
import org.carebridge.batch.LatestJobInput;
import org.carebridge.cli.UserFacingException;
import org.carebridge.mappings.MappingSet;
import org.carebridge.quality.Mappings;
import org.carebridge.staging.SourceOpener;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What every table's partition of one reconciliation reads besides its table: the cohort, the quarantine, the
 * extract's location and the mapping rules, all from the database and this process's mapping tables. Built once
 * per reconciliation and process and shared by the partitions it runs (on threads, or as a worker), as the single
 * pass shared them: the cohort and the quarantine can each be large (a worker holds them softly:
 * {@link LatestJobInput}).
 */
@Component
public class SourcePassInputs {

    /** One reconciliation's inputs. */
    record Inputs(long reconId, SourceReread source, CohortScope scope, QuarantineIndex quarantine,
                  Expectations expect) {
    }

    private final JdbcTemplate jdbc;
    private final SourceOpener opener;
    private final Mappings mappings;
    private final LatestJobInput<Long, Inputs> latest = new LatestJobInput<>();

    public SourcePassInputs(JdbcTemplate jdbc, SourceOpener opener, Mappings mappings) {
        this.jdbc = jdbc;
        this.opener = opener;
        this.mappings = mappings;
    }

    /** The inputs of the reconciliation a source-pass job execution belongs to. */
    Inputs of(JobParameters parameters) {
        long reconId = parameters.getLong(SourcePassJobConfiguration.RECON_ID);
        return latest.get(reconId, () -> build(reconId, parameters));
    }

    private Inputs build(long reconId, JobParameters parameters) {
        MappingSet set = mappings.load();
        String started = parameters.getString(SourcePassJobConfiguration.MAPPINGS_VERSION);
        if (!set.version().equals(started)) {
            // A worker with other mapping tables would compute other expectations than the manager's partitions.
            throw new UserFacingException("the mapping tables here (version " + set.version() + ") are not the ones"
                    + " this reconciliation started with (version " + started + "); give every worker the same"
                    + " mapping tables and run the same command again");
        }
        long waveRunId = parameters.getLong(SourcePassJobConfiguration.WAVE_RUN_ID);
        String wave = parameters.getString(SourcePassJobConfiguration.WAVE);
        return new Inputs(reconId,
                SourceReread.of(jdbc, parameters.getLong(SourcePassJobConfiguration.STAGING_RUN_ID), opener),
                CohortScope.of(jdbc, waveRunId, wave), QuarantineIndex.load(jdbc),
                new Expectations(set, LocalDate.parse(parameters.getString(SourcePassJobConfiguration.CUTOVER))));
    }

    /** Lets the finished reconciliation's cohort and quarantine go. */
    void release(long reconId) {
        latest.release(reconId);
    }
}
