package org.carebridge.staging;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.cli.UserFacingException;
import org.carebridge.legacy.SourceTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses work that reads staged rows when the latest staging run's tables were emptied behind its back. On
 * PostgreSQL the staging tables are unlogged (changelog 016), and PostgreSQL empties unlogged tables when it recovers
 * from a crash: without this check a wave would plan an empty cohort from a ledger that says millions were staged.
 * A table's rows go all at once in that case, so looking for one row per table is enough and costs nothing at any size.
 */
@Component
public class StagedRowsCheck {

    private final JdbcTemplate jdbc;

    public StagedRowsCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws UserFacingException naming every table whose ledger counts staged rows that are no longer there */
    public void requireIntact() {
        List<String> gone = new ArrayList<>();
        jdbc.query("SELECT source_table, rows_staged FROM staging_ledger WHERE run_id = (SELECT MAX(run_id) FROM"
                + " staging_run) AND rows_staged > 0 ORDER BY source_table", rs -> {
            SourceTable table = SourceTable.valueOf(rs.getString(1));
            if (!hasAnyRow(table.stagingTable())) {
                gone.add(table.system() + " " + table.tableName() + " (" + rs.getLong(2) + " staged)");
            }
        });
        if (!gone.isEmpty()) {
            throw new UserFacingException("the staged rows of " + String.join(", ", gone) + " are gone: the database"
                    + " emptied its staging tables since they were staged (PostgreSQL does this to unlogged tables when"
                    + " it recovers from a crash); nothing was planned or loaded: run ./carebridge stage again");
        }
    }

    private boolean hasAnyRow(String table) {
        return !jdbc.queryForList("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY", Integer.class).isEmpty();
    }
}
