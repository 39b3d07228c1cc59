package org.carebridge.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.staging.StagingService.StagingReport;
import org.carebridge.testdata.LegacyBundleBuilder;
import org.carebridge.testdata.LegacyBundleBuilder.Written;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What staging must do on every supported database. Each database has a subclass that supplies the
 * Spring context and a way to make the database fail one insert (to interrupt a run for real).
 */
abstract class StagingJobContract {

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    StagingLedger ledger;

    @TempDir
    Path dir;

    /** Makes the next insert of {@code rowNo} into {@code stagingTable} fail, once. */
    abstract void failOnceOnInsert(String stagingTable, long rowNo);

    abstract void removeFault();

    @Test
    void givenCleanSources_whenStaged_thenEveryRowIsStagedAndTheLedgerBalances() {
        Written sources = LegacyBundleBuilder.sources().people(25).writeTo(dir);

        StagingReport report = staging.stage(request(sources));

        assertThat(report.outcome().succeeded()).as(report.outcome().reason()).isTrue();
        assertThat(report.balanced()).isTrue();
        assertThat(report.ledger()).hasSize(SourceTable.values().length);
        for (LedgerLine line : report.ledger()) {
            assertThat(line.read()).as(line.table().name()).isEqualTo(sources.rows(line.table()));
            assertThat(line.staged()).as(line.table().name()).isEqualTo(sources.rows(line.table()));
            assertThat(countRows(line.table())).isEqualTo(line.staged());
        }
    }

    @Test
    void givenDefectiveSources_whenStaged_thenBrokenRowsAreQuarantinedWithTheirLineAndRule_andTheLedgerBalances() {
        Written sources = LegacyBundleBuilder.sources().people(20).malformedRows(4).impossibleDates(3).writeTo(dir);

        StagingReport report = staging.stage(request(sources));

        assertThat(report.balanced()).isTrue();
        long quarantined = report.ledger().stream().mapToLong(LedgerLine::quarantined).sum();
        assertThat(quarantined).isEqualTo(sources.brokenRows());
        assertThat(ruleCount("NOT_A_DATE", "DATE_OF_BIRTH")).isEqualTo(3);
        assertThat(ruleCount("CSV_FIELD_COUNT", null)).isEqualTo(2);
        assertThat(ruleCount("CSV_UNTERMINATED_QUOTE", null)).isEqualTo(2);
        Map<String, Object> example = jdbc.queryForMap("SELECT source_origin, source_line, raw_text FROM stg_quarantine"
                + " WHERE rule_id = 'CSV_FIELD_COUNT' ORDER BY source_line FETCH FIRST 1 ROWS ONLY");
        assertThat(example.get("source_origin")).isEqualTo("CASE_NOTES.csv");
        assertThat(((Number) example.get("source_line")).longValue()).isGreaterThan(1);
        assertThat(String.valueOf(example.get("raw_text"))).startsWith("9990,1001");
    }

    @Test
    void givenARepeatedKeyAndAnOrphan_whenStaged_thenTheRepeatIsQuarantinedAndTheOrphanFlagged_andTheLedgerBalances() {
        Written sources = LegacyBundleBuilder.sources().people(10).duplicateKeys(2).orphans(3).writeTo(dir);

        StagingReport report = staging.stage(request(sources));

        assertThat(report.balanced()).isTrue();
        assertThat(ruleCount("DUPLICATE_KEY", "SERVICE_ID")).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT provider_name FROM stg_council_services WHERE service_id = 6001",
                String.class)).as("the first row with the key stays staged").containsExactly("Acme Care");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dq_finding WHERE rule_id = 'ORPHAN_ROW'"
                + " AND source_table = 'COUNCIL_CASE_NOTES' AND column_name = 'CLIENT_ID'", Long.class)).isEqualTo(3);
        assertThat(countRows(SourceTable.COUNCIL_CASE_NOTES)).as("orphans are kept, flagged").isEqualTo(10 * 3 + 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_duplicate", Long.class)).as("scratch cleared").isZero();
    }

    @Test
    void givenCleanSources_whenStaged_thenNoSetRuleFires() {
        staging.stage(request(LegacyBundleBuilder.sources().people(10).writeTo(dir)));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dq_finding WHERE rule_id IN ('DUPLICATE_KEY', 'ORPHAN_ROW')",
                Long.class)).isZero();
    }

    @Test
    void givenATamperedOxleasBundle_whenStaged_thenItIsRefusedNamingTheFile_andNothingIsStaged() throws Exception {
        Written sources = LegacyBundleBuilder.sources().people(5).writeTo(dir);
        Path contacts = sources.oxleas().resolve("MHS201CareContact.csv");
        Files.writeString(contacts, Files.readString(contacts).replace("CC1a", "CC9a"));
        jdbc.execute("TRUNCATE TABLE stg_oxleas_patients");
        jdbc.execute("TRUNCATE TABLE stg_council_clients");

        StagingReport report = staging.stage(request(sources));

        assertThat(report.outcome().succeeded()).isFalse();
        assertThat(report.outcome().reason()).contains("MHS201CareContact.csv", "SHA-256 differs", "nothing staged");
        assertThat(countRows(SourceTable.OXLEAS_PATIENTS)).isZero();
        assertThat(countRows(SourceTable.COUNCIL_CLIENTS)).isZero();
    }

    @Test
    void givenARunThatFailsMidTable_whenRunAgain_thenItResumesAndEndsWithTheSameRowsAsAnUninterruptedRun() {
        Written sources = LegacyBundleBuilder.sources().people(40).notesPerClient(10).writeTo(dir);
        StagingRequest request = request(sources);
        staging.stage(request);
        List<Map<String, Object>> uninterrupted = notes();

        failOnceOnInsert("stg_council_case_notes", 237);
        StagingReport failed;
        try {
            failed = staging.stage(request);
        } finally {
            removeFault();
        }
        StagingReport resumed = staging.stage(request);

        assertThat(failed.outcome().succeeded()).isFalse();
        assertThat(resumed.runId()).as("the same run is resumed").isEqualTo(failed.runId());
        assertThat(resumed.balanced()).isTrue();
        assertThat(notes()).isEqualTo(uninterrupted);
    }

    /**
     * A process killed after a table's staging step was recorded complete and before its ledger line was written
     * (found by {@code KillNineDuringWaveRunTest}): the completed step is not run again on restart, so the ledger
     * check must record the line itself from the step's saved context, or every re-run fails for good.
     */
    @Test
    void givenATableStagedToItsEndWhoseLedgerLineWasLost_whenTheLedgerIsChecked_thenTheLineIsRecordedFromTheStep()
            throws Exception {
        StagingReport staged = staging.stage(request(LegacyBundleBuilder.sources().people(10).writeTo(dir)));
        jdbc.update("DELETE FROM staging_ledger WHERE run_id = ? AND source_table = 'COUNCIL_CLIENTS'", staged.runId());
        JobExecution execution = jobRepository.getLastJobExecution(
                jobRepository.getLastJobInstance(StagingJobConfiguration.JOB_NAME));
        StepExecution check = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("checkLedger")).findFirst().orElseThrow();

        new LedgerCheck(jdbc, ledger, jobRepository).execute(new StepContribution(check),
                new ChunkContext(new StepContext(check)));

        assertThat(ledger.lines(staged.runId())).filteredOn(line -> line.table() == SourceTable.COUNCIL_CLIENTS)
                .singleElement().satisfies(line -> {
                    assertThat(line.read()).isEqualTo(10);
                    assertThat(line.balanced()).isTrue();
                });
    }

    @Test
    void givenSourcesStagedBefore_whenStagedAgain_thenStagingHoldsOneCopy() {
        Written sources = LegacyBundleBuilder.sources().people(10).writeTo(dir);
        staging.stage(request(sources));

        StagingReport again = staging.stage(request(sources));

        assertThat(again.balanced()).isTrue();
        assertThat(countRows(SourceTable.COUNCIL_CLIENTS)).isEqualTo(10);
    }

    private List<Map<String, Object>> notes() {
        return jdbc.queryForList("SELECT row_no, source_key, note_id, client_id, note_text FROM stg_council_case_notes"
                + " ORDER BY row_no");
    }

    private long ruleCount(String rule, String column) {
        return column == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM stg_quarantine WHERE rule_id = ?", Long.class, rule)
                : jdbc.queryForObject("SELECT COUNT(*) FROM stg_quarantine WHERE rule_id = ? AND column_name = ?",
                Long.class, rule, column);
    }

    long countRows(SourceTable table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table.stagingTable(), Long.class);
    }

    static StagingRequest request(Written sources) {
        return new StagingRequest(sources.council(), false, sources.oxleas(), sources.workforce());
    }

    static long rowsOf(Written sources, SourceSystem system) {
        return SourceTable.of(system).stream().mapToLong(sources::rows).sum();
    }
}
