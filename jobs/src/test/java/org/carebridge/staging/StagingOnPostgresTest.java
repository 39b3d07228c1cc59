package org.carebridge.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.carebridge.legacy.SourceTable;
import org.carebridge.staging.StagingService.StagingReport;
import org.carebridge.testdata.LegacyBundleBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The staging contract on the production target, a real PostgreSQL 15 on 127.0.0.1:5432. */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data",
        "carebridge.staging.chunk-size=50"})
class StagingOnPostgresTest extends StagingJobContract {

    @Test
    void givenStagedSources_thenEveryStagingTableHasFreshPlannerStatistics() {
        Instant before = Instant.now().minusSeconds(1);

        staging.stage(request(LegacyBundleBuilder.sources().people(10).writeTo(dir)));

        // Without them PostgreSQL plans the wave load's lookups as whole-table scans (15x slower at 100,000 clients).
        List<String> tables = List.of(SourceTable.COUNCIL_CASE_NOTES.stagingTable(),
                SourceTable.OXLEAS_CONTACTS.stagingTable(), "stg_quarantine");
        for (String table : tables) {
            Timestamp analysed = jdbc.queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?",
                    Timestamp.class, table);
            assertThat(analysed).as(table).isNotNull();
            assertThat(analysed.toInstant()).as(table).isAfter(before);
        }
    }

    @Test
    void givenStagedSources_thenEverySecondaryIndexDroppedForTheFillIsBuiltAgain_andNoneIsLeftWaiting() {
        List<String> declared = stagingIndexes();

        staging.stage(request(LegacyBundleBuilder.sources().people(10).writeTo(dir)));

        assertThat(declared).contains("ix_council_case_notes_client_id", "ix_council_case_notes_key");
        assertThat(stagingIndexes()).isEqualTo(declared);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_deferred_index", Long.class)).isZero();
    }

    @Test
    void givenARunThatFailedWithItsIndexesDropped_whenRunAgain_thenTheyAreBuiltAgain() {
        List<String> declared = stagingIndexes();
        StagingRequest request = request(LegacyBundleBuilder.sources().people(20).notesPerClient(10).writeTo(dir));
        StagingReport failed = failedMidCaseNotes(request);
        List<String> afterFailure = stagingIndexes();
        List<String> waiting = jdbc.queryForList("SELECT index_name FROM stg_deferred_index", String.class);

        StagingReport resumed = staging.stage(request);

        assertThat(failed.outcome().succeeded()).isFalse();
        assertThat(afterFailure).doesNotContain("ix_council_case_notes_client_id");
        assertThat(waiting).contains("ix_council_case_notes_client_id");
        assertThat(resumed.outcome().succeeded()).isTrue();
        assertThat(stagingIndexes()).isEqualTo(declared);
    }

    @Test
    void givenAFailedRunNeverResumed_whenTheIndexesLeftDroppedAreAskedFor_thenTheyAreBuilt() {
        List<String> declared = stagingIndexes();
        failedMidCaseNotes(request(LegacyBundleBuilder.sources().people(20).notesPerClient(10).writeTo(dir)));
        List<String> afterFailure = stagingIndexes();

        staging.buildIndexesLeftDropped(); // what planning, rehearsing and running a wave do first

        assertThat(afterFailure).doesNotContain("ix_council_case_notes_client_id");
        assertThat(stagingIndexes()).isEqualTo(declared);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_deferred_index", Long.class)).isZero();
    }

    /** Stages {@code request} with an insert into the case notes refused once: the run fails after the indexes went. */
    private StagingReport failedMidCaseNotes(StagingRequest request) {
        failOnceOnInsert("stg_council_case_notes", 57);
        try {
            return staging.stage(request);
        } finally {
            removeFault();
        }
    }

    /** Every index on a staging table, by name: primary keys, and the secondary ones staging drops and builds. */
    private List<String> stagingIndexes() {
        return jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND tablename LIKE 'stg\\_%' ORDER BY indexname", String.class);
    }

    @Test
    void theStagingTablesAreLogged_soThatACrashedDatabaseKeepsTheRowsItsCommittedChunksHold() {
        // Changelog 016 made them unlogged, and crash recovery emptied them under committed chunks (changelog 020).
        for (SourceTable table : SourceTable.values()) {
            assertThat(persistence(table.stagingTable())).as(table.stagingTable()).isEqualTo("p");
        }
    }

    private String persistence(String table) {
        return jdbc.queryForObject("SELECT CAST(relpersistence AS VARCHAR) FROM pg_class WHERE relname = ?"
                + " AND relkind = 'r'", String.class, table);
    }

    @Override
    void failOnceOnInsert(String stagingTable, long rowNo) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS test_fault (row_no BIGINT)");
        jdbc.update("DELETE FROM test_fault");
        jdbc.update("INSERT INTO test_fault VALUES (?)", rowNo);
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION test_fail_once() RETURNS trigger AS $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM test_fault WHERE row_no = NEW.row_no) THEN
                    DELETE FROM test_fault;
                    RAISE EXCEPTION 'injected fault: insert refused';
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("DROP TRIGGER IF EXISTS fail_once ON " + stagingTable);
        jdbc.execute("CREATE TRIGGER fail_once BEFORE INSERT ON " + stagingTable
                + " FOR EACH ROW EXECUTE FUNCTION test_fail_once()");
    }

    @Override
    void removeFault() {
        jdbc.execute("DROP TRIGGER IF EXISTS fail_once ON stg_council_case_notes");
        jdbc.execute("DROP TABLE IF EXISTS test_fault");
    }
}
