package org.carebridge.merged;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.carebridge.database.BulkInserter;
import org.carebridge.database.CopyFailedException;
import org.carebridge.database.DatabaseProduct;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes rows into a merged-model table with a standard SQL {@code MERGE} (H2 2.x and PostgreSQL 15 both run it):
 * a new key is inserted; an existing row owned by the same wave is updated only if its content hash differs; a row
 * another wave owns is never touched. Loading the same rows twice therefore changes nothing.
 * <p>
 * On PostgreSQL a chunk of new keys is streamed with {@code COPY} (the driver's CopyManager) straight into the table;
 * a chunk with a key already there is streamed into a temporary table and merged from there in one statement. Other
 * databases run one MERGE per row in a JDBC batch.
 */
public class MergeWriter {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public MergeWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = DatabaseProduct.of(jdbc.getDataSource()).isPostgres();
    }

    public void write(String schema, MergedTable table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> unique = lastPerKey(table, rows);
        if (postgres) {
            copyThenMerge(schema, table, unique);
        } else {
            int[] types = table.columns().stream().mapToInt(MergedTable.Col::sqlType).toArray();
            jdbc.batchUpdate(rowSql(schema, table), unique, types);
        }
    }

    /** A key given twice in one chunk keeps its last row (one MERGE cannot touch a row twice). */
    private static List<Object[]> lastPerKey(MergedTable table, List<Object[]> rows) {
        int[] keyIndexes = table.key().stream().mapToInt(table::indexOf).toArray();
        Set<Object> seen = new HashSet<>(rows.size() * 2);
        boolean repeated = false;
        for (Object[] row : rows) {
            if (!seen.add(key(row, keyIndexes))) {
                repeated = true;
                break;
            }
        }
        if (!repeated) {
            return rows; // every chunk of a first load: no second map needed
        }
        Map<Object, Object[]> byKey = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byKey.put(key(row, keyIndexes), row);
        }
        return new ArrayList<>(byKey.values());
    }

    /** A one-column key is its value; a longer one the list of its values. */
    private static Object key(Object[] row, int[] keyIndexes) {
        if (keyIndexes.length == 1) {
            return row[keyIndexes[0]];
        }
        List<Object> key = new ArrayList<>(keyIndexes.length);
        for (int i : keyIndexes) {
            key.add(row[i]);
        }
        return key;
    }

    private void copyThenMerge(String schema, MergedTable table, List<Object[]> rows) {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        boolean autoCommit = false;
        try {
            // The temporary table empties itself at commit, so COPY and MERGE must share one transaction.
            autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            if (insertedDirectly(connection, schema, table, rows)) {
                if (autoCommit) {
                    connection.commit();
                }
                return;
            }
            String buffer = "load_" + table.tableName();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + buffer + " (LIKE " + schema + "."
                        + table.tableName() + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
                statement.execute("TRUNCATE " + buffer);
            }
            BulkInserter.copy(connection, buffer, table.columnNames(), rows);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(mergeSql(schema, table, buffer));
            }
            if (autoCommit) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + table.tableName() + " failed (SQLState " + e.getSQLState() + ")",
                    e);
        } finally {
            if (autoCommit) {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection goes back to the pool, which resets it
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Rows whose keys are all new go straight into the table with one {@code COPY}: no buffer table and no join,
     * which is every chunk of a wave's first load. If any key is already there (a re-run, a restart, a row another
     * wave owns) the table's primary key refuses the whole {@code COPY}; it is undone to a savepoint and the chunk is
     * merged instead, so the outcome is {@code MERGE}'s in every case. Each table's key is its primary key
     * ({@code MergeWriterOnPostgresTest}).
     */
    private static boolean insertedDirectly(Connection connection, String schema, MergedTable table, List<Object[]> rows)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            BulkInserter.copy(connection, schema + "." + table.tableName(), table.columnNames(), rows);
        } catch (CopyFailedException e) {
            if (!e.uniqueViolation()) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        }
        connection.releaseSavepoint(savepoint);
        return true;
    }

    static String mergeSql(String schema, MergedTable table, String source) {
        return "MERGE INTO " + schema + "." + table.tableName() + " t USING " + source + " s ON " + on(table)
                + " WHEN MATCHED AND " + changed(table) + " THEN UPDATE SET " + updates(table)
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", table.columnNames()) + ") VALUES ("
                + sourceColumns(table) + ")";
    }

    static String rowSql(String schema, MergedTable table) {
        StringJoiner values = new StringJoiner(", ");
        for (MergedTable.Col column : table.columns()) {
            values.add("CAST(? AS " + castType(column.sqlType()) + ")");
        }
        return "MERGE INTO " + schema + "." + table.tableName() + " t USING (VALUES (" + values + ")) AS s ("
                + String.join(", ", table.columnNames()) + ") ON " + on(table) + " WHEN MATCHED AND " + changed(table)
                + " THEN UPDATE SET " + updates(table) + " WHEN NOT MATCHED THEN INSERT ("
                + String.join(", ", table.columnNames()) + ") VALUES (" + sourceColumns(table) + ")";
    }

    private static String on(MergedTable table) {
        StringJoiner on = new StringJoiner(" AND ");
        table.key().forEach(k -> on.add("t." + k + " = s." + k));
        return on.toString();
    }

    private static String changed(MergedTable table) {
        String changed = table.hasRowHash() ? "t.row_hash <> s.row_hash" : "1 = 1";
        return changed + (table.waveOwned() ? " AND t.wave_code = s.wave_code" : "");
    }

    private static String updates(MergedTable table) {
        StringJoiner updates = new StringJoiner(", ");
        table.columnNames().stream().filter(c -> !table.key().contains(c)).forEach(c -> updates.add(c + " = s." + c));
        return updates.toString();
    }

    private static String sourceColumns(MergedTable table) {
        StringJoiner names = new StringJoiner(", ");
        table.columnNames().forEach(c -> names.add("s." + c));
        return names.toString();
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
