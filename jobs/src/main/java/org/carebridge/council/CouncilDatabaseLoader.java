package org.carebridge.council;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvBundle;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;

/**
 * Loads a council CSV bundle into a database schema shaped like the council's Oracle schema
 * ({@code ASC.CLIENTS} …), so that the JDBC read path can be exercised end to end without an Oracle
 * server: on H2 in Oracle mode, on PostgreSQL, or on a real Oracle. Rows that a typed database cannot
 * hold (an impossible date, a malformed line) are not loaded and are counted per table.
 */
public class CouncilDatabaseLoader {

    /** Per table: rows read from the bundle, loaded into the schema, and left out because they cannot be typed. */
    public record TableLoad(SourceTable table, long read, long loaded, long notLoadable) {
    }

    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final String schema;

    public CouncilDatabaseLoader(DataSource dataSource, String schema) {
        if (!schema.matches("[A-Za-z][A-Za-z0-9_]{0,29}")) {
            throw new IllegalArgumentException("schema name must be a plain identifier: " + schema);
        }
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Drops and recreates the schema's tables, then loads every table of the bundle. */
    public List<TableLoad> load(CsvBundle bundle) {
        bundle.requireComplete();
        List<TableLoad> loads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(connection.getMetaData());
            createSchema(connection, dialect);
            for (SourceTable table : SourceTable.of(SourceSystem.COUNCIL)) {
                loads.add(loadTable(connection, table, bundle));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading the council schema " + schema + " failed (SQLState "
                    + e.getSQLState() + ")", e);
        }
        return loads;
    }

    private void createSchema(Connection connection, Dialect dialect) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            if (dialect != Dialect.ORACLE) {
                ddl.execute("CREATE SCHEMA IF NOT EXISTS " + quotedSchema());
            }
            for (SourceTable table : SourceTable.of(SourceSystem.COUNCIL)) {
                try {
                    ddl.execute("DROP TABLE " + quotedSchema() + "." + table.tableName());
                } catch (SQLException absent) {
                    // first load: nothing to drop
                }
                String columns = table.columns().stream().map(c -> c.name() + " " + dialect.type(c)
                        + (table.keyColumns().contains(c.name()) ? " NOT NULL PRIMARY KEY" : ""))
                        .collect(Collectors.joining(", "));
                ddl.execute("CREATE TABLE " + quotedSchema() + "." + table.tableName() + " (" + columns + ")");
            }
        }
    }

    private TableLoad loadTable(Connection connection, SourceTable table, CsvBundle bundle) throws SQLException {
        String sql = "INSERT INTO " + quotedSchema() + "." + table.tableName() + " ("
                + table.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        RowParser parser = new RowParser();
        Set<Object> seenKeys = new HashSet<>();
        long read = 0;
        long loaded = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (CsvTableReader reader = bundle.open(table); PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (SourceRow row; (row = reader.next()) != null; ) {
                read++;
                ParsedRow parsed = parser.parse(row);
                // A typed table with a primary key cannot hold a broken row or a second row with the same key.
                if (!parsed.ok() || !seenKeys.add(parsed.value(table.keyColumns().get(0)))) {
                    continue;
                }
                bind(insert, table, parsed);
                insert.addBatch();
                loaded++;
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new TableLoad(table, read, loaded, read - loaded);
    }

    /** Quoted like the reader does: {@code ASC} is a reserved word in Oracle and PostgreSQL. */
    private String quotedSchema() {
        return "\"" + schema + "\"";
    }

    private static void bind(PreparedStatement insert, SourceTable table, ParsedRow parsed) throws SQLException {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Object value = parsed.values()[i];
            int type = switch (columns.get(i).type()) {
                case INTEGER -> Types.BIGINT;
                case DECIMAL -> Types.DECIMAL;
                case DATE -> Types.DATE;
                case TIMESTAMP -> Types.TIMESTAMP;
                case TEXT, LONG_TEXT -> Types.VARCHAR;
            };
            if (value == null) {
                insert.setNull(i + 1, type);
            } else {
                insert.setObject(i + 1, value, type);
            }
        }
    }

    private enum Dialect {
        ORACLE, POSTGRES, OTHER;

        static Dialect of(DatabaseMetaData metaData) throws SQLException {
            String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("oracle")) {
                return ORACLE;
            }
            return product.contains("postgres") ? POSTGRES : OTHER;
        }

        String type(Column column) {
            return switch (column.type()) {
                case INTEGER -> (this == ORACLE ? "NUMBER(" : "NUMERIC(") + column.width() + ")";
                case DECIMAL -> (this == ORACLE ? "NUMBER(" : "NUMERIC(") + column.width() + ",2)";
                case DATE -> "DATE";
                case TIMESTAMP -> "TIMESTAMP";
                case TEXT -> (this == ORACLE ? "VARCHAR2(" : "VARCHAR(") + column.width() + ")";
                case LONG_TEXT -> this == POSTGRES ? "TEXT" : "CLOB";
            };
        }
    }
}
