package org.carebridge.load;

import org.carebridge.merged.MergedTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Removes a wave's rows of the people who are no longer in its cohort, as listed in {@code wave_record} for a run. */
@Component
public class CohortSweep {

    private final JdbcTemplate jdbc;

    public CohortSweep(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Children before parents, so that no row is left pointing at a removed one. */
    public void sweep(String schema, String wave, long runId) {
        for (MergedTable table : MergedTable.waveOwnedForDeletion()) {
            if (table.columnNames().contains("person_id")) {
                // NOT EXISTS, not NOT IN: PostgreSQL cannot plan NOT IN as an anti-join and, once the cohort outgrows
                // work_mem, compares every row with every cohort record (a W2 rehearsal at 1,000,000 clients spent
                // minutes per table here). person_id is never null, so the two mean the same.
                jdbc.update("DELETE FROM " + schema + "." + table.tableName() + " x WHERE x.wave_code = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM wave_record r WHERE r.run_id = ?"
                        + " AND r.person_id = x.person_id)", wave, runId);
            }
        }
    }
}
