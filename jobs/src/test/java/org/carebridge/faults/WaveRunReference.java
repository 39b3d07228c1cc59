package org.carebridge.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.testsupport.CarebridgeProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What the fault tests compare against, built once per test JVM: 300 generated clients (seed 11), wave W2-ADULTS
 * overridden for the generator's deliberate junk codes, rehearsed and approved in {@code carebridge_faults_reference};
 * that database is then copied as the template {@code carebridge_faults_approved} (each fault test starts from a copy
 * of it), and the reference is cut over without any fault. Its {@link WaveFinalState} is what every interrupted and
 * re-run cut-over must end in.
 *
 * <p>Every run uses small chunks (250 staged rows, 4 people per load chunk) so that a small dataset still has many
 * commit points for a fault to land between.
 */
final class WaveRunReference {

    static final String WAVE = "W2-ADULTS";
    static final String SHARED_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String APPROVED_TEMPLATE = "carebridge_faults_approved";
    private static final String REFERENCE = "carebridge_faults_reference";

    private static WaveRunReference built;

    final Path work;
    final Path sources;
    final WaveFinalState state;
    /** Rows in the extract (the ledger's total read), people in the wave's cohort, rows the cut-over loaded. */
    final long extractRows;
    final long cohortPeople;
    final long rowsLoaded;

    private WaveRunReference(Path work, Path sources, WaveFinalState state, long extractRows, long cohortPeople,
                             long rowsLoaded) {
        this.work = work;
        this.sources = sources;
        this.state = state;
        this.extractRows = extractRows;
        this.cohortPeople = cohortPeople;
        this.rowsLoaded = rowsLoaded;
    }

    static synchronized WaveRunReference get() throws Exception {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static WaveRunReference build() throws Exception {
        Path work = Files.createTempDirectory("carebridge-faults-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(work)));
        Path sources = work.resolve("sources");
        new SourceGenerator(GeneratorSettings.builder().people(300).seed(11).build()).generate(sources);

        recreate(REFERENCE, null);
        CarebridgeProcess carebridge = application(SHARED_SERVER + REFERENCE, work, sources, "reference");
        assertThat(carebridge.run("wave", "override", WAVE, "--gate", "UNMAPPED_CODES", "--as", "analyst",
                "--reason", "synthetic junk codes")).isZero();
        assertThat(carebridge.run("wave", "rehearse", WAVE, "--as", "tester")).isZero();
        assertThat(carebridge.run("wave", "approve", WAVE, "--as", "board", "--reason", "rehearsed")).isZero();
        recreate(APPROVED_TEMPLATE, REFERENCE);
        assertThat(carebridge.run("wave", "run", WAVE, "--staged", "--as", "tester")).isZero();

        JdbcTemplate jdbc = jdbc(SHARED_SERVER + REFERENCE);
        WaveFinalState state = WaveFinalState.read(jdbc, WAVE);
        assertThat(state.reconciliationHeadline()).isEqualTo("PASS failed=0");
        long extractRows = jdbc.queryForObject("SELECT SUM(rows_read) FROM staging_ledger WHERE run_id ="
                + " (SELECT MAX(run_id) FROM staging_run)", Long.class);
        long cohort = jdbc.queryForObject("SELECT COUNT(*) FROM merged.person WHERE wave_code = ?", Long.class, WAVE);
        long loaded = jdbc.queryForObject("SELECT rows_loaded FROM wave_run WHERE mode = 'LIVE' AND status = 'COMPLETED'"
                + " ORDER BY run_id DESC FETCH FIRST 1 ROWS ONLY", Long.class);
        return new WaveRunReference(work, sources, state, extractRows, cohort, loaded);
    }

    /**
     * The application as the fault tests run it: against {@code databaseUrl}, with its own reports and data folders
     * under the work folder, the generated extract configured as the sources, and small chunks.
     */
    static CarebridgeProcess application(String databaseUrl, Path work, Path sources, String name) {
        return new CarebridgeProcess(databaseUrl, work.resolve("reports-" + name), work.resolve("data-" + name)).with(
                "--carebridge.sources.council.bundle=" + sources.resolve("council"),
                "--carebridge.sources.oxleas.bundle=" + sources.resolve("oxleas"),
                "--carebridge.sources.workforce.file=" + sources.resolve("workforce.csv"),
                "--carebridge.staging.chunk-size=250",
                "--carebridge.load.persons-per-chunk=4");
    }

    CarebridgeProcess application(String databaseUrl, String name) {
        return application(databaseUrl, work, sources, name);
    }

    Path reports(String name) {
        return work.resolve("reports-" + name);
    }

    /** A fresh database on the shared server holding the approved (rehearsed, not yet cut over) wave. */
    void copyApproved(String database) throws SQLException {
        recreate(database, APPROVED_TEMPLATE);
    }

    static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
    }

    private static void recreate(String database, String template) throws SQLException {
        try (Connection c = DriverManager.getConnection(SHARED_SERVER + "postgres", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            c.createStatement().execute("CREATE DATABASE " + database + (template == null ? "" : " TEMPLATE " + template));
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }
}
