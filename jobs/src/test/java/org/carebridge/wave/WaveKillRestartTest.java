package org.carebridge.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.merged.ModelChecksum;
import org.carebridge.load.WaveLoadJobConfiguration;
import org.carebridge.testsupport.CarebridgeProcess;
import org.carebridge.testsupport.CarebridgeProcess.Interrupted;
import org.carebridge.testsupport.FaultPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A live wave run killed with SIGKILL in the middle of its load, and started again, ends in exactly the state of an
 * uninterrupted run: the checksums of every merged-model table are equal. Real processes, real PostgreSQL.
 */
class WaveKillRestartTest {

    private static final String WAVE = "W2-ADULTS";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void generate() throws Exception {
        data = dir.resolve("sources");
        new SourceGenerator(GeneratorSettings.builder().people(1500).seed(21).build()).generate(data);
    }

    @Test
    void aRunKilledMidLoadAndStartedAgainEndsAsAnUninterruptedRun() throws Exception {
        Map<String, String> uninterrupted = cutOver("carebridge_kill_reference", false);
        Map<String, String> restarted = cutOver("carebridge_kill_restarted", true);

        assertThat(restarted.get("person")).isNotEqualTo(checksumOfNothing());
        assertThat(restarted).isEqualTo(uninterrupted);
    }

    private Map<String, String> cutOver(String database, boolean killOnce) throws Exception {
        recreate(database);
        // chunks of 20 people: the load commits often, so the kill lands between commits with more to come
        CarebridgeProcess carebridge = new CarebridgeProcess(SERVER + database, dir.resolve("reports-" + database),
                dir.resolve("data-" + database)).with("--carebridge.load.persons-per-chunk=20");
        assertThat(carebridge.run("stage", "--council", data.resolve("council").toString(), "--oxleas",
                data.resolve("oxleas").toString(), "--workforce", data.resolve("workforce.csv").toString())).isZero();
        assertThat(carebridge.run("wave", "override", WAVE, "--gate", "UNMAPPED_CODES", "--as", "analyst", "--reason",
                "synthetic junk codes")).isZero();
        assertThat(carebridge.run("wave", "rehearse", WAVE, "--staged", "--as", "tester")).isZero();
        assertThat(carebridge.run("wave", "approve", WAVE, "--as", "board", "--reason", "rehearsed")).isZero();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(SERVER + database, "postgres", ""));
        if (killOnce) {
            // killed once a third of the cohort is committed: watched in the job repository, not guessed with a sleep
            long cohort = jdbc.queryForObject("SELECT COUNT(DISTINCT person_id) FROM wave_record WHERE run_id ="
                    + " (SELECT MAX(run_id) FROM wave_run WHERE mode = 'REHEARSAL')", Long.class);
            SingleConnectionDataSource watcher = new SingleConnectionDataSource(SERVER + database, "postgres", "", true);
            Interrupted killed;
            try {
                killed = carebridge.runWithFault(FaultPoint.committed(new JdbcTemplate(watcher),
                        WaveLoadJobConfiguration.JOB_NAME, "loadCohortRange:", cohort / 3, "people loaded"),
                        CarebridgeProcess.KILL, "wave", "run", WAVE, "--staged", "--as", "tester");
            } finally {
                watcher.destroy();
            }
            assertThat(killed.faultInjected()).as("the run was killed during its load").isTrue();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM merged.person", Long.class))
                    .as("part of the cohort was loaded when the run was killed").isBetween(1L, cohort - 1);
        }
        assertThat(carebridge.run("wave", "run", WAVE, "--staged", "--as", "tester")).isZero();
        return new ModelChecksum(jdbc).of("merged", null);
    }

    private static void recreate(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            c.createStatement().execute("CREATE DATABASE " + database);
        }
    }

    private static String checksumOfNothing() throws Exception {
        return org.carebridge.merged.RowHash.of();
    }
}
