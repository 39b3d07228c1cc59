package org.carebridge.staging;

import java.util.List;
import org.carebridge.legacy.SourceTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the recorded ledger of a staging run, in the agreement's table order. */
@Component
public class StagingLedger {

    private final JdbcTemplate jdbc;

    public StagingLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LedgerLine> lines(long runId) {
        List<LedgerLine> lines = jdbc.query("SELECT source_table, source_origin, rows_read, rows_staged,"
                        + " rows_quarantined FROM staging_ledger WHERE run_id = ?",
                (rs, i) -> new LedgerLine(SourceTable.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)), runId);
        return lines.stream().sorted(java.util.Comparator.comparing(LedgerLine::table)).toList();
    }

    /** The most recent staging run, if any. */
    public Long latestRunId() {
        return jdbc.queryForObject("SELECT MAX(run_id) FROM staging_run", Long.class);
    }
}
