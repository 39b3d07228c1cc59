package org.carebridge.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.carebridge.load.WaveLoadJobConfiguration;
import org.carebridge.reconciliation.report.ReportPackReader;
import org.carebridge.staging.StagingJobConfiguration;
import org.carebridge.testsupport.CarebridgeProcess;
import org.carebridge.testsupport.CarebridgeProcess.Interrupted;
import org.carebridge.testsupport.FaultPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A cut-over ({@code wave run}) killed with SIGKILL at a seeded point of its staging, of its load or of its
 * reconciliation, then run again with the same command, ends exactly where an uninterrupted cut-over ends
 * ({@link WaveRunReference}): the same merged-model checksums, a balanced staging ledger with the same counts and the
 * same staged rows, a reconciliation that passes with the same report figures, no run lock left held, and no report
 * pack folder that does not verify. Real processes on the real PostgreSQL; each case starts from its own copy of the
 * approved wave.
 *
 * <p>The seed chooses the point, and is in the test's name with the point it chose, so that a failure can be replayed.
 * Points are conditions watched in the database or the reports folder while the command runs, not sleeps: staging is
 * killed once a seeded share of the extract's rows is committed, the load once a seeded number of people is
 * committed, reconciliation either once a seeded number of source rows is in its scratch table or a seeded few
 * milliseconds after its report pack starts being written.
 */
class KillNineDuringWaveRunTest {

    private static final String WAVE = WaveRunReference.WAVE;

    /** The seed's choice: a share of the phase's work done before the kill, or for reconciliation a delay. */
    record Seeded(String phase, long seed, double share, boolean scratchRows, int delayMillis) {

        static Seeded of(String phase, long seed) {
            // SplittableRandom mixes its seed; java.util.Random's first draw is nearly the same for nearby seeds
            SplittableRandom random = new SplittableRandom(seed);
            return new Seeded(phase, seed, 0.05 + 0.8 * random.nextDouble(), random.nextBoolean(), random.nextInt(300));
        }

        @Override
        public String toString() {
            String point = switch (phase) {
                case "staging" -> String.format("after %.0f%% of the extract's rows are committed", share * 100);
                case "load" -> String.format("after %.0f%% of the cohort's people are committed", share * 100);
                default -> scratchRows ? String.format("after %.0f%% of the source pass's scratch rows", share * 100)
                        : "" + delayMillis + " ms into writing the report pack";
            };
            return "seed " + seed + ": " + point;
        }
    }

    static Stream<Seeded> staging() {
        return LongStream.of(11, 12, 13).mapToObj(seed -> Seeded.of("staging", seed));
    }

    static Stream<Seeded> load() {
        return LongStream.of(21, 22, 23).mapToObj(seed -> Seeded.of("load", seed));
    }

    static Stream<Seeded> reconciliation() {
        return LongStream.of(33, 37, 39).mapToObj(seed -> Seeded.of("reconciliation", seed));
    }

    @ParameterizedTest(name = "kill -9 in staging, {0}")
    @MethodSource("staging")
    void aCutOverKilledWhileStagingAndRunAgainEndsAsAnUninterruptedOne(Seeded seeded) throws Exception {
        WaveRunReference reference = WaveRunReference.get();
        String database = "carebridge_faults_kill_stage_" + seeded.seed();
        long rows = Math.max(1, Math.round(reference.extractRows * seeded.share()));

        killThenRunAgain(reference, database, seeded, jdbc -> FaultPoint.committed(jdbc, StagingJobConfiguration.JOB_NAME,
                "stageTable:", rows, "staged rows"), jdbc -> assertThat(lastExecutionStatus(jdbc,
                StagingJobConfiguration.JOB_NAME)).as("staging was running when killed").isEqualTo("STARTED"),
                "wave", "run", WAVE, "--as", "tester");
    }

    @ParameterizedTest(name = "kill -9 in the load, {0}")
    @MethodSource("load")
    void aCutOverKilledWhileLoadingAndRunAgainEndsAsAnUninterruptedOne(Seeded seeded) throws Exception {
        WaveRunReference reference = WaveRunReference.get();
        String database = "carebridge_faults_kill_load_" + seeded.seed();
        long people = Math.max(1, Math.round(reference.cohortPeople * seeded.share()));

        killThenRunAgain(reference, database, seeded, jdbc -> FaultPoint.committed(jdbc, WaveLoadJobConfiguration.JOB_NAME,
                "loadCohortRange:", people, "people loaded"), jdbc -> assertThat(lastExecutionStatus(jdbc,
                WaveLoadJobConfiguration.JOB_NAME)).as("the load was running when killed").isEqualTo("STARTED"),
                "wave", "run", WAVE, "--staged", "--as", "tester");
    }

    @ParameterizedTest(name = "kill -9 in reconciliation, {0}")
    @MethodSource("reconciliation")
    void aCutOverKilledWhileReconcilingAndRunAgainEndsAsAnUninterruptedOne(Seeded seeded) throws Exception {
        WaveRunReference reference = WaveRunReference.get();
        String database = "carebridge_faults_kill_recon_" + seeded.seed();
        // the scratch table holds a key and hash per in-cohort source row: a little fewer than the rows loaded
        long scratchRows = Math.max(1, Math.round(reference.rowsLoaded * seeded.share()));
        FaultPointFactory point = seeded.scratchRows()
                ? jdbc -> FaultPoint.rows(jdbc, "recon_source_row", scratchRows)
                : jdbc -> FaultPoint.entry(reference.reports(database).resolve(WAVE), ".", ".partial-",
                "the report pack being written").thenAfter(Duration.ofMillis(seeded.delayMillis()));

        killThenRunAgain(reference, database, seeded, point, jdbc -> {
            assertThat(jdbc.queryForObject("SELECT state FROM wave WHERE wave_code = ?", String.class, WAVE))
                    .as("killed after the load and before reconciliation finished").isEqualTo("LOADED");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reconciliation_run WHERE target_schema = 'merged'",
                    Long.class)).as("no live reconciliation was recorded").isZero();
        }, "wave", "run", WAVE, "--staged", "--as", "tester");
    }

    @FunctionalInterface
    interface FaultPointFactory {
        FaultPoint on(JdbcTemplate jdbc);
    }

    @FunctionalInterface
    interface Check {
        void on(JdbcTemplate jdbc) throws Exception;
    }

    private static void killThenRunAgain(WaveRunReference reference, String database, Seeded seeded,
                                         FaultPointFactory point, Check killedWhere, String... command)
            throws Exception {
        reference.copyApproved(database);
        String url = WaveRunReference.SHARED_SERVER + database;
        CarebridgeProcess carebridge = reference.application(url, database);

        SingleConnectionDataSource watcher = new SingleConnectionDataSource(url, "postgres", "", true);
        try {
            JdbcTemplate watch = new JdbcTemplate(watcher);
            Interrupted killed = carebridge.runWithFault(point.on(watch), CarebridgeProcess.KILL, command);

            assertThat(killed.faultInjected()).as("%s was reached before the command ended; its output: %s", seeded,
                    killed.finished().output()).isTrue();
            assertThat(killed.finished().exitCode()).as("SIGKILL").isEqualTo(137);
            killedWhere.on(watch);
        } finally {
            watcher.destroy();
        }

        CarebridgeProcess.Finished again = carebridge.runCapturing(command);
        assertThat(again.exitCode()).as("the same command again: %s", again.output()).isZero();

        JdbcTemplate jdbc = WaveRunReference.jdbc(url);
        WaveFinalState state = WaveFinalState.read(jdbc, WAVE);
        assertThat(state).usingRecursiveComparison().isEqualTo(reference.state);
        for (var pack : WaveFinalState.visiblePacks(reference.reports(database), WAVE)) {
            new ReportPackReader().read(pack); // a pack folder under its final name is complete, or this throws
        }
    }

    private static String lastExecutionStatus(JdbcTemplate jdbc, String job) {
        return jdbc.queryForObject("SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i"
                + " ON i.job_instance_id = e.job_instance_id WHERE i.job_name = ? ORDER BY e.job_execution_id DESC"
                + " FETCH FIRST 1 ROWS ONLY", String.class, job);
    }
}
