package org.carebridge.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** On a real PostgreSQL (whose autovacuum may be off, as on this project's machines): emptied space is used again. */
class SpaceReclaimerTest {

    private final DriverManagerDataSource postgres =
            new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/carebridge_test", "postgres", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(postgres);

    @BeforeEach
    void aScratchTableWithAnIndex() {
        jdbc.execute("DROP TABLE IF EXISTS space_reclaimer_test");
        jdbc.execute("CREATE TABLE space_reclaimer_test (recon_id BIGINT, row_key VARCHAR(40), row_hash VARCHAR(32))");
        jdbc.execute("CREATE INDEX ix_space_reclaimer_test ON space_reclaimer_test (recon_id, row_key)");
        // Whatever the server's setting, this table is left to the application, as autovacuum = off leaves it.
        jdbc.execute("ALTER TABLE space_reclaimer_test SET (autovacuum_enabled = false)");
    }

    private void fillAndEmpty(long reconId) {
        jdbc.update("INSERT INTO space_reclaimer_test SELECT ?, 'key-' || n, md5(n::text)"
                + " FROM generate_series(1, 50000) n", reconId);
        jdbc.update("DELETE FROM space_reclaimer_test WHERE recon_id = ?", reconId);
    }

    private long size() {
        return jdbc.queryForObject("SELECT pg_total_relation_size('space_reclaimer_test')", Long.class);
    }

    @Test
    void aTableFilledAndEmptiedAgainAndAgainStopsGrowing() {
        SpaceReclaimer reclaimer = new SpaceReclaimer(postgres);
        for (long recon = 1; recon <= 4; recon++) {
            fillAndEmpty(recon);
            reclaimer.reclaim(List.of("space_reclaimer_test"));
        }
        long afterFour = size();

        for (long recon = 5; recon <= 8; recon++) {
            fillAndEmpty(recon);
            reclaimer.reclaim(List.of("space_reclaimer_test"));
        }

        // The index keeps at most a filling's worth of pages waiting to be recycled; the table gives its pages back.
        assertThat(size()).isLessThanOrEqualTo(afterFour * 5 / 4);
    }

    @Test
    void withoutItTheSameFillingsGrowTheTableEveryTime() {
        for (long recon = 1; recon <= 4; recon++) {
            fillAndEmpty(recon);
        }
        long afterFour = size();

        for (long recon = 5; recon <= 8; recon++) {
            fillAndEmpty(recon);
        }

        assertThat(size()).isGreaterThan(afterFour * 3 / 2);
    }
}
