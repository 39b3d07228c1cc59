package org.carebridge.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReaderHeaderAware;
import java.io.FileReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.WaveService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Specific defects injected into a cut-over wave are each caught by the right check with the right keys, while the
 * clean wave passes every check.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:recon;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@Import(CutOverWave.KnownPeople.class)
class ReconciliationDefectsTest {

    private static final String WAVE = CutOverWave.WAVE;

    @Autowired
    WaveService waves;

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void cleanWaveCutOver() throws Exception {
        CutOverWave.cutOverAfresh(jdbc, staging, waves);
    }

    @Test
    void aCleanWavePassesEveryCheckAndItsPageShowsTheHeadlineAndEveryCheck() throws Exception {
        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).isEmpty();
        Document page = Jsoup.parse(result.pack().resolve("report.html").toFile(), "UTF-8");
        assertThat(page.text()).contains("PASS");
        for (CheckResult check : result.checks()) {
            assertThat(page.text()).as(check.id()).contains(check.id());
        }
        assertThat(page.select("script, link[href], img[src^=http]")).isEmpty();
    }

    @Test
    void aDeletedPersonFailsTheIdentityEquationAndLeavesDanglingReferencesNamed() throws Exception {
        String person = anyOpenClient();
        jdbc.update("DELETE FROM merged.person WHERE person_id = ?", person);

        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).contains("identity-equation", "referential-integrity");
        assertThat(exceptions(result, "referential-integrity")).anySatisfy(e ->
                assertThat(e.get("merged_key")).isIn(person, linkKeysOf(person).toArray()));
    }

    @Test
    void aWeeklyCostChangedByOnePennyFailsTheMoneyCheckNamingThePackage() throws Exception {
        String packageId = jdbc.queryForObject("SELECT MIN(package_id) FROM merged.care_package WHERE status = 'OPEN'"
                + " AND weekly_cost IS NOT NULL", String.class);
        jdbc.update("UPDATE merged.care_package SET weekly_cost = weekly_cost + 0.01 WHERE package_id = ?", packageId);

        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).contains("money-weekly-total", "row-care-packages");
        CheckResult money = result.checks().stream().filter(c -> c.id().equals("money-weekly-total")).findFirst().orElseThrow();
        assertThat(money.difference().abs()).isEqualByComparingTo("0.01");
        assertThat(exceptions(result, "money-weekly-total")).singleElement()
                .satisfies(e -> assertThat(e.get("source_key")).isEqualTo(packageId));
    }

    @Test
    void aSwappedLeadWorkerIsCaughtNamingThePerson() throws Exception {
        String person = jdbc.queryForObject("SELECT MIN(person_id) FROM merged.lead_worker WHERE basis = 'CONTINUING'",
                String.class);
        String stranger = jdbc.queryForObject("SELECT MIN(w.worker_id) FROM merged.worker w WHERE w.role <> 'TEAM_MANAGER'"
                + " AND NOT EXISTS (SELECT 1 FROM merged.worker_relationship r WHERE r.person_id = ? AND r.worker_id ="
                + " w.worker_id)", String.class, person);
        jdbc.update("UPDATE merged.lead_worker SET worker_id = ? WHERE person_id = ?", stranger, person);

        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).contains("caseload-lead-worker-justified");
        assertThat(exceptions(result, "caseload-lead-worker-justified")).singleElement()
                .satisfies(e -> assertThat(e.get("merged_key")).isEqualTo(person));
    }

    @Test
    void aDuplicatedPersonFailsTheIdentityEquationNamingTheCopy() throws Exception {
        String person = anyOpenClient();
        jdbc.update("INSERT INTO merged.person SELECT 'BC99999999', nhs_number, nhs_number_verified, title, forename,"
                + " middle_names, surname, preferred_name, date_of_birth, date_of_death, gender, ethnic_category, language,"
                + " locality, primary_support_reason, open_client, wave_code, row_hash FROM merged.person WHERE person_id = ?",
                person);

        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).contains("identity-equation");
        assertThat(exceptions(result, "identity-equation")).extracting(e -> e.get("merged_key")).contains("BC99999999");
    }

    @Test
    void aDroppedCaseNoteIsReportedMissingWithItsKey() throws Exception {
        String note = jdbc.queryForObject("SELECT MIN(note_id) FROM merged.case_note", String.class);
        jdbc.update("DELETE FROM merged.case_note WHERE note_id = ?", note);

        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).contains("row-case-notes", "cohort-case-notes");
        assertThat(exceptions(result, "row-case-notes")).singleElement().satisfies(e -> {
            assertThat(e.get("kind")).isEqualTo("MISSING");
            assertThat(e.get("source_key")).isEqualTo(note);
        });
    }

    @Test
    void aCaseNoteTheLoadExcludedWithAReasonIsNotExpectedInTheModel() throws Exception {
        String note = jdbc.queryForObject("SELECT MIN(note_id) FROM merged.case_note", String.class);
        jdbc.update("DELETE FROM merged.case_note WHERE note_id = ?", note);
        jdbc.update("INSERT INTO merged.load_exclusion (source_table, source_key, reason, wave_code, row_hash)"
                + " VALUES ('COUNCIL_CASE_NOTES', ?, 'excluded by the test', ?, 'test')", note, WAVE);

        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).isEmpty();
        assertThat(exceptions(result, "row-case-notes")).isEmpty();
    }

    @Test
    void aDateOfBirthShiftedByADayFailsTheBirthDateTotalNamingThePerson() throws Exception {
        String person = jdbc.queryForObject("SELECT MIN(person_id) FROM merged.person WHERE date_of_birth IS NOT NULL",
                String.class);
        jdbc.update("UPDATE merged.person SET date_of_birth = DATEADD('DAY', 1, date_of_birth) WHERE person_id = ?", person);

        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).contains("dates-birth");
        assertThat(exceptions(result, "dates-birth")).singleElement()
                .satisfies(e -> assertThat(e.get("merged_key")).isEqualTo(person));
    }

    @Test
    void aLeadWorkerRemovedLosesCaseloadPointsNamingTheClient() throws Exception {
        String person = anyOpenClient();
        jdbc.update("DELETE FROM merged.lead_worker WHERE person_id = ?", person);

        WaveReconciler.Result result = waves.reconcile(WAVE, "tester");

        assertThat(failing(result)).contains("caseload-weighted-total", "caseload-one-lead-worker");
        assertThat(exceptions(result, "caseload-weighted-total")).singleElement().satisfies(e -> {
            assertThat(e.get("kind")).isEqualTo("MISSING");
            assertThat(e.get("merged_key")).isEqualTo(person);
        });
    }

    /** The checks run side by side: the pack must still be the one a run of one check after another writes. */
    @Test
    void withDefectsForManyChecksEveryRunWritesTheSameExceptionsEachChecksTogether() throws Exception {
        String person = anyOpenClient();
        jdbc.update("DELETE FROM merged.person WHERE person_id = ?", person);
        jdbc.update("DELETE FROM merged.case_note WHERE note_id IN (SELECT note_id FROM merged.case_note ORDER BY note_id"
                + " FETCH FIRST 5 ROWS ONLY)");
        jdbc.update("UPDATE merged.care_package SET weekly_cost = weekly_cost + 0.01 WHERE status = 'OPEN'"
                + " AND weekly_cost IS NOT NULL");
        jdbc.update("DELETE FROM merged.lead_worker WHERE person_id IN (SELECT person_id FROM merged.person"
                + " WHERE open_client ORDER BY person_id DESC FETCH FIRST 3 ROWS ONLY)");

        List<byte[]> packs = new ArrayList<>();
        List<List<String>> checkOrders = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            WaveReconciler.Result result = waves.reconcile(WAVE, "tester");
            packs.add(java.nio.file.Files.readAllBytes(result.pack().resolve("exceptions.csv")));
            checkOrders.add(result.checks().stream().map(CheckResult::id).toList());
            List<String> runsOfChecks = new ArrayList<>();
            for (Map<String, String> row : allExceptions(result)) {
                if (runsOfChecks.isEmpty() || !runsOfChecks.get(runsOfChecks.size() - 1).equals(row.get("check_id"))) {
                    runsOfChecks.add(row.get("check_id"));
                }
            }
            assertThat(runsOfChecks).as("each check's exceptions together").doesNotHaveDuplicates()
                    .contains("row-care-packages", "referential-integrity", "row-case-notes", "money-weekly-total",
                            "caseload-weighted-total");
        }
        assertThat(packs.get(1)).isEqualTo(packs.get(0));
        assertThat(packs.get(2)).isEqualTo(packs.get(0));
        assertThat(checkOrders.get(1)).isEqualTo(checkOrders.get(0));
        assertThat(checkOrders.get(2)).isEqualTo(checkOrders.get(0));
    }

    private String anyOpenClient() {
        return jdbc.queryForObject("SELECT MIN(person_id) FROM merged.person WHERE open_client", String.class);
    }

    private List<String> linkKeysOf(String person) {
        return jdbc.queryForList("SELECT source_system || '|' || source_id FROM merged.person_source_link WHERE person_id = ?",
                String.class, person);
    }

    private static List<String> failing(WaveReconciler.Result result) {
        return result.checks().stream().filter(c -> !c.passed()).map(CheckResult::id).toList();
    }

    private static List<Map<String, String>> exceptions(WaveReconciler.Result result, String checkId) throws Exception {
        return allExceptions(result).stream().filter(row -> checkId.equals(row.get("check_id"))).toList();
    }

    private static List<Map<String, String>> allExceptions(WaveReconciler.Result result) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new FileReader(result.pack().resolve("exceptions.csv").toFile()))) {
            for (Map<String, String> row; (row = csv.readMap()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }
}
