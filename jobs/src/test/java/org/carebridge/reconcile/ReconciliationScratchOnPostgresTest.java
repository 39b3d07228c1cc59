package org.carebridge.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconciliation's scratch space on PostgreSQL (changelog 017): the big tables skip the write-ahead log while the
 * figures that witness them stay logged, and the row hashes have no index (changelog 022: the merge's read sorts them).
 */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data",
        "carebridge.staging.chunk-size=50"})
class ReconciliationScratchOnPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theScratchRowsAreUnlogged_andTheFiguresThatCountThemAreLogged() {
        for (String scratch : List.of("recon_source_row", "recon_source_day", "recon_referral")) {
            assertThat(persistence(scratch)).as(scratch).isEqualTo("u");
        }
        assertThat(persistence("recon_source_figure")).isEqualTo("p");
    }

    /** The resume check counts the unlogged tables' rows: it must count every table a crash can empty. */
    @Test
    void theTablesTheResumeCheckCountsAreExactlyTheUnloggedScratchTables() {
        List<String> unlogged = SourcePassJobConfiguration.scratchTables().stream()
                .filter(table -> persistence(table).equals("u")).toList();

        assertThat(SourcePassJobConfiguration.unloggedScratchTables()).containsExactlyInAnyOrderElementsOf(unlogged);
    }

    /** Changelog 022: the rows are written once and read once, sorted by that read; an index only slowed the writes. */
    @Test
    void theRowHashesCarryNoIndexToKeepUpToDate() {
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'recon_source_row'",
                String.class)).isEmpty();
    }

    private String persistence(String table) {
        return jdbc.queryForObject("SELECT CAST(relpersistence AS VARCHAR) FROM pg_class WHERE relname = ?"
                + " AND relkind = 'r'", String.class, table);
    }
}
