package org.carebridge.reconcile;

import java.util.HashSet;
import java.util.Set;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which source rows staging quarantined (by line for files, by key for the council schema). Quarantined rows are
 * accounted for by the ledger check; they are not expected in the merged model.
 */
final class QuarantineIndex {

    private final Set<String> lines = new HashSet<>();
    private final Set<String> keys = new HashSet<>();

    static QuarantineIndex load(JdbcTemplate jdbc) {
        QuarantineIndex index = new QuarantineIndex();
        jdbc.query("SELECT source_table, source_line, source_key FROM stg_quarantine", rs -> {
            long line = rs.getLong(2);
            if (!rs.wasNull()) {
                index.lines.add(rs.getString(1) + "@" + line);
            }
            if (rs.getString(3) != null) {
                index.keys.add(rs.getString(1) + "#" + rs.getString(3));
            }
        });
        return index;
    }

    boolean quarantined(SourceTable table, SourceRow row, ParsedRow parsed) {
        if (row.line() > 0) {
            return lines.contains(table.name() + "@" + row.line());
        }
        return keys.contains(table.name() + "#" + parsed.sourceKey());
    }
}
