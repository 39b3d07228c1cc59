package org.carebridge.merged;

import java.sql.Types;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rows into a merged-model table with a standard SQL {@code MERGE} (H2 2.x and PostgreSQL 15 both run it):
 * a new key is inserted; an existing row owned by the same wave is updated only if its content hash differs;
 * a row another wave owns is never touched. Loading the same rows twice therefore changes nothing.
 */
public class MergeWriter {

    private final JdbcTemplate jdbc;

    public MergeWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int[] write(String schema, MergedTable table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        int[] types = table.columns().stream().mapToInt(MergedTable.Col::sqlType).toArray();
        return jdbc.batchUpdate(sql(schema, table), rows, types);
    }

    static String sql(String schema, MergedTable table) {
        StringJoiner values = new StringJoiner(", ");
        StringJoiner names = new StringJoiner(", ");
        StringJoiner sourceNames = new StringJoiner(", ");
        StringJoiner updates = new StringJoiner(", ");
        for (MergedTable.Col column : table.columns()) {
            values.add("CAST(? AS " + castType(column.sqlType()) + ")");
            names.add(column.name());
            sourceNames.add("s." + column.name());
            if (!table.key().contains(column.name())) {
                updates.add(column.name() + " = s." + column.name());
            }
        }
        StringJoiner on = new StringJoiner(" AND ");
        table.key().forEach(k -> on.add("t." + k + " = s." + k));
        String changed = table.hasRowHash() ? "t.row_hash <> s.row_hash" : "1 = 1";
        String sameOwner = table.waveOwned() ? " AND t.wave_code = s.wave_code" : "";
        return "MERGE INTO " + schema + "." + table.tableName() + " t USING (VALUES (" + values + ")) AS s (" + names
                + ") ON " + on + " WHEN MATCHED AND " + changed + sameOwner + " THEN UPDATE SET " + updates
                + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + sourceNames + ")";
    }

    private static String castType(int sqlType) {
        return switch (sqlType) {
            case Types.VARCHAR -> "VARCHAR(32000)";
            case Types.INTEGER -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            case Types.DECIMAL -> "DECIMAL(14,2)";
            case Types.DATE -> "DATE";
            case Types.TIMESTAMP -> "TIMESTAMP";
            case Types.BOOLEAN -> "BOOLEAN";
            default -> throw new IllegalArgumentException("unsupported SQL type " + sqlType);
        };
    }
}
