package org.carebridge.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carebridge.load.WaveLoadJobConfiguration;
import org.carebridge.staging.StagingJobConfiguration;
import org.carebridge.testsupport.CarebridgeProcess;
import org.carebridge.testsupport.CarebridgeProcess.Finished;
import org.carebridge.testsupport.CarebridgeProcess.Interrupted;
import org.carebridge.testsupport.FaultPoint;
import org.carebridge.testsupport.PrivatePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database stopped at once ({@code pg_ctl stop -m immediate}, as a crash would) and started again in the middle
 * of a step of a cut-over: the command fails cleanly, with one line that says the connection to the database was
 * lost and no stack trace, exit 1; the same command run again ends exactly where an uninterrupted cut-over ends
 * ({@link WaveRunReference}). The server is a private PostgreSQL 15 of this test ({@link PrivatePostgres}), holding
 * a copy of the approved wave: the shared server on port 5432 is never stopped.
 */
class DatabaseRestartMidStepTest {

    private static final String WAVE = WaveRunReference.WAVE;

    private static PrivatePostgres postgres;

    @BeforeAll
    static void startPrivateServer() throws Exception {
        postgres = PrivatePostgres.launch();
    }

    @AfterAll
    static void removePrivateServer() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDatabaseRestartMidLoadFailsTheRunWithOneClearLine_andRunningItAgainEndsAsAnUninterruptedCutOver()
            throws Exception {
        WaveRunReference reference = WaveRunReference.get();
        String database = "carebridge_faults_outage_load";
        copyApprovedInto(reference, database);

        restartTheDatabaseWhen(reference, database, jdbc -> FaultPoint.committed(jdbc,
                WaveLoadJobConfiguration.JOB_NAME, "loadCohortRange:", reference.cohortPeople / 2, "people loaded"),
                jdbc -> { }, "wave", "run", WAVE, "--staged", "--as", "tester");
    }

    @Test
    void aDatabaseRestartMidStagingFailsTheRunWithOneClearLine_andRunningItAgainResumesTheSameStagingRun()
            throws Exception {
        WaveRunReference reference = WaveRunReference.get();
        String database = "carebridge_faults_outage_stage";
        copyApprovedInto(reference, database);
        JdbcTemplate jdbc = WaveRunReference.jdbc(postgres.jdbcUrl(database));
        long stagingRunsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM staging_run", Long.class);

        List<String> interruptedSteps = new ArrayList<>();
        restartTheDatabaseWhen(reference, database, watch -> FaultPoint.committed(watch,
                StagingJobConfiguration.JOB_NAME, "stageTable:", reference.extractRows / 3, "staged rows"),
                after -> interruptedSteps.addAll(after.queryForList("SELECT i.job_name || ' ' || e.status || ': '"
                        + " || s.step_name || ' ' || s.status FROM batch_step_execution s JOIN batch_job_execution e"
                        + " ON e.job_execution_id = s.job_execution_id JOIN batch_job_instance i"
                        + " ON i.job_instance_id = e.job_instance_id WHERE e.job_execution_id ="
                        + " (SELECT MAX(job_execution_id) FROM batch_job_execution) AND s.status <> 'COMPLETED'",
                        String.class)),
                "wave", "run", WAVE, "--as", "tester");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staging_run", Long.class))
                .as("the interrupted staging run was resumed, not started afresh; it had left %s", interruptedSteps)
                .isEqualTo(stagingRunsBefore + 1);
    }

    @FunctionalInterface
    interface PointOn {
        FaultPoint on(JdbcTemplate jdbc);
    }

    @FunctionalInterface
    interface AfterFailure {
        void on(JdbcTemplate jdbc);
    }

    private static void restartTheDatabaseWhen(WaveRunReference reference, String database, PointOn point,
                                               AfterFailure afterFailure, String... command) throws Exception {
        CarebridgeProcess carebridge = reference.application(postgres.jdbcUrl(database), database);

        Interrupted interrupted;
        SingleConnectionDataSource watcher = new SingleConnectionDataSource(postgres.jdbcUrl(database), "postgres", "",
                true);
        try {
            interrupted = carebridge.runWithFault(point.on(new JdbcTemplate(watcher)), process -> {
                postgres.stopImmediately();
                postgres.start();
            }, command);
        } finally {
            watcher.destroy();
        }

        Finished failed = interrupted.finished();
        assertThat(interrupted.faultInjected()).as("the database was restarted mid-step; output: %s", failed.output())
                .isTrue();
        assertThat(failed.exitCode()).as("output: %s", failed.output()).isEqualTo(1);
        List<String> lines = failed.printedLines();
        assertThat(lines).as("one line, no stack trace").singleElement().asString()
                .startsWith("carebridge wave run: ")
                .contains("lost the connection to the database")
                .contains("run the same command again")
                .doesNotContain("Exception").doesNotContain("\tat ");

        afterFailure.on(WaveRunReference.jdbc(postgres.jdbcUrl(database)));
        Finished again = carebridge.runCapturing(command);
        assertThat(again.exitCode()).as("the same command again: %s", again.output()).isZero();
        WaveFinalState state = WaveFinalState.read(WaveRunReference.jdbc(postgres.jdbcUrl(database)), WAVE);
        assertThat(state).usingRecursiveComparison().isEqualTo(reference.state);
    }

    /** pg_dump of the approved wave on the shared server, restored into a new database of the private one. */
    private static void copyApprovedInto(WaveRunReference reference, String database) throws Exception {
        postgres.createDatabase(database);
        Path dump = reference.work.resolve(database + ".sql");
        exec("/usr/lib/postgresql/15/bin/pg_dump", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-d",
                WaveRunReference.APPROVED_TEMPLATE, "-f", dump.toString());
        exec("/usr/lib/postgresql/15/bin/psql", "-h", "127.0.0.1", "-p", String.valueOf(postgres.port()), "-U",
                "postgres", "-d", database, "-q", "-v", "ON_ERROR_STOP=1", "-f", dump.toString());
        Files.delete(dump);
    }

    private static void exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
    }
}
