package org.carebridge.database;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Appends many rows to one table in one round trip: on PostgreSQL with {@code COPY … FROM STDIN} through the
 * driver's CopyManager (no per-row bind and parse on the server), elsewhere with a JDBC batch. Runs on the
 * caller's transaction connection, so the rows commit or roll back with the rest of the caller's work.
 */
public class BulkInserter {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public BulkInserter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = DatabaseProduct.of(jdbc.getDataSource()).isPostgres();
    }

    /**
     * @param sqlTypes the {@link java.sql.Types} of the columns, for the JDBC batch (null values need them)
     */
    public void insert(String table, List<String> columns, int[] sqlTypes, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            DataSource dataSource = jdbc.getDataSource();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                copy(connection, table, columns, rows);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        } else {
            StringJoiner marks = new StringJoiner(", ");
            columns.forEach(c -> marks.add("?"));
            jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")",
                    rows, sqlTypes);
        }
    }

    /** {@code COPY} of {@code rows} into {@code table} on a PostgreSQL connection the caller holds. */
    public static void copy(Connection connection, String table, List<String> columns, List<Object[]> rows) {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv(rows, columns.size())));
        } catch (SQLException e) {
            // The SQL state only: PostgreSQL's message quotes the offending row, which may hold personal data.
            throw new IllegalStateException("writing " + rows.size() + " rows to " + table + " failed (SQLState "
                    + e.getSQLState() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("writing rows to " + table + " failed", e);
        }
    }

    /**
     * PostgreSQL's CSV: every value quoted, so that an empty text stays empty, and NULL as an unquoted empty field
     * (which is how OpenCSV writes a null when quoting everything).
     */
    private static String csv(List<Object[]> rows, int width) throws IOException {
        StringWriter out = new StringWriter(rows.size() * 64 * Math.max(1, width / 4));
        try (ICSVWriter writer = new CSVWriterBuilder(out).withLineEnd("\n").build()) {
            String[] fields = new String[width];
            for (Object[] row : rows) {
                for (int i = 0; i < width; i++) {
                    fields[i] = text(row[i]);
                }
                writer.writeNext(fields, true);
            }
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
