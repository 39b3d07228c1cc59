package org.carebridge.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.cli.UserFacingException;
import org.carebridge.legacy.SourceTable;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.WaveService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconciliation's source pass is a partitioned job, one partition per legacy table, whose results wait in scratch
 * tables: a pass cut short by one table is resumed by the next reconciliation of the same work, which reads only that
 * table again and writes the same pack as an uninterrupted reconciliation.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:recon-resume;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false",
        "carebridge.reconciliation.parallelism=2"})
@Import(CutOverWave.KnownPeople.class)
class SourcePassResumeTest {

    private static final String WAVE = CutOverWave.WAVE;

    @Autowired
    WaveService waves;

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPassCutShortByOneTableResumesWithThatTableAloneAndWritesTheSamePack() throws Exception {
        CutOverWave.cutOverAfresh(jdbc, staging, waves);
        WaveReconciler.Result uninterrupted = waves.reconcile(WAVE, "tester");
        assertThat(partitionsOfLatestPass()).as("one partition per table of the two systems and the workforce")
                .hasSize(SourceTable.values().length)
                .allSatisfy(p -> assertThat(p).matches("reconcile(Table|Referrals):[A-Z_]+=COMPLETED"));

        Path events = CutOverWave.data().resolve("council").resolve(SourceTable.COUNCIL_EVENTS.fileName());
        Path aside = events.resolveSibling(events.getFileName() + ".aside");
        Files.move(events, aside);
        long interrupted;
        try {
            assertThatThrownBy(() -> waves.reconcile(WAVE, "tester")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("EVENTS.csv: cannot be opened")
                    .hasMessageContaining("run the same command again to resume");
            assertThat(partitionsOfLatestPass()).contains("reconcileTable:COUNCIL_EVENTS=FAILED",
                    "reconcileTable:COUNCIL_CLIENTS=COMPLETED", "reconcileReferrals:OXLEAS_REFERRALS=COMPLETED");
            interrupted = latestPassReconId();
            assertThat(scratchRows()).as("the finished tables' results are kept for the resume").isPositive();
            // What a partition killed half-way through its table would have left: its restart must clear it.
            String eventsEntity = Entities.all().stream().filter(e -> e.sourceTable() == SourceTable.COUNCIL_EVENTS)
                    .findFirst().orElseThrow().id();
            jdbc.update("INSERT INTO recon_source_row (recon_id, source_table, entity, row_key, row_hash)"
                    + " VALUES (?, 'COUNCIL_EVENTS', ?, 'left-by-the-failed-run', '0')", interrupted, eventsEntity);
        } finally {
            Files.move(aside, events);
        }

        WaveReconciler.Result resumed = waves.reconcile(WAVE, "tester");

        assertThat(resumed.reconId()).as("the resumed pass keeps its reconciliation id").isEqualTo(interrupted);
        assertThat(partitionsOfLatestPass()).as("only the table that failed is read again")
                .containsExactly("reconcileTable:COUNCIL_EVENTS=COMPLETED");
        assertThat(resumed.passed()).isTrue();
        for (String file : List.of("summary.csv", "exceptions.csv")) {
            assertThat(read(resumed.pack().resolve(file))).as(file).isEqualTo(read(uninterrupted.pack().resolve(file)));
        }
        assertThat(scratchRows()).as("scratch rows are removed once the pack is written").isZero();
    }

    @Test
    void aPassWhoseFinishedTablesLostTheirScratchRowsIsNotResumedButReadAfresh() throws Exception {
        CutOverWave.cutOverAfresh(jdbc, staging, waves);
        WaveReconciler.Result uninterrupted = waves.reconcile(WAVE, "tester");
        Path events = CutOverWave.data().resolve("council").resolve(SourceTable.COUNCIL_EVENTS.fileName());
        Path aside = events.resolveSibling(events.getFileName() + ".aside");
        Files.move(events, aside);
        long interrupted;
        try {
            assertThatThrownBy(() -> waves.reconcile(WAVE, "tester")).isInstanceOf(UserFacingException.class);
            interrupted = latestPassReconId();
        } finally {
            Files.move(aside, events);
        }
        // What PostgreSQL's crash recovery does to the unlogged scratch tables (the logged figures survive it).
        for (String unlogged : List.of("recon_source_row", "recon_source_day", "recon_referral")) {
            jdbc.update("DELETE FROM " + unlogged);
        }

        WaveReconciler.Result afresh = waves.reconcile(WAVE, "tester");

        assertThat(afresh.reconId()).as("a new pass, not the emptied one").isNotEqualTo(interrupted);
        assertThat(partitionsOfLatestPass()).as("every table read again").hasSize(SourceTable.values().length)
                .allSatisfy(p -> assertThat(p).endsWith("=COMPLETED"));
        assertThat(afresh.passed()).isTrue();
        for (String file : List.of("summary.csv", "exceptions.csv")) {
            assertThat(read(afresh.pack().resolve(file))).as(file).isEqualTo(read(uninterrupted.pack().resolve(file)));
        }
        assertThat(scratchRows()).as("the abandoned pass's figures are cleared too").isZero();
    }

    /** {@code step=STATUS} of each partition (not the manager steps) of the latest source-pass job execution. */
    private List<String> partitionsOfLatestPass() {
        return jdbc.queryForList("SELECT step_name || '=' || status FROM batch_step_execution WHERE job_execution_id ="
                + " (SELECT MAX(e.job_execution_id) FROM batch_job_execution e JOIN batch_job_instance i ON"
                + " i.job_instance_id = e.job_instance_id WHERE i.job_name = 'reconcileSource') AND step_name LIKE '%:%'"
                + " ORDER BY step_name", String.class);
    }

    private long latestPassReconId() {
        return jdbc.queryForObject("SELECT p.parameter_value FROM batch_job_execution_params p WHERE p.parameter_name ="
                + " 'recon.id' AND p.job_execution_id = (SELECT MAX(e.job_execution_id) FROM batch_job_execution e JOIN"
                + " batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'reconcileSource')",
                Long.class);
    }

    private long scratchRows() {
        long rows = 0;
        for (String table : List.of("recon_source_row", "recon_source_day", "recon_source_figure", "recon_referral")) {
            rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        }
        return rows;
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
