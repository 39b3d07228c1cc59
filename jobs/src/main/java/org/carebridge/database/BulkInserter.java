package org.carebridge.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Appends many rows to one table in one round trip: on PostgreSQL with {@code COPY … FROM STDIN} through the
 * driver's CopyManager (no per-row bind and parse on the server), elsewhere with a JDBC batch. Runs on the
 * caller's transaction connection, so the rows commit or roll back with the rest of the caller's work.
 */
public class BulkInserter {

    private static final int BUFFER = 1 << 16;

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

    /**
     * Rows handed on one at a time and written a batch at a time, for more rows than should be held at once. Each
     * batch is one {@link #insert} on the caller's transaction connection; {@link Batches#finish()} writes the rest
     * (not called when the rows' producer fails: the caller's transaction is then rolled back anyway).
     */
    public Batches batches(String table, List<String> columns, int[] sqlTypes) {
        return new Batches(table, columns, sqlTypes);
    }

    /** See {@link #batches}. */
    public final class Batches {

        private static final int SIZE = 10_000;

        private final String table;
        private final List<String> columns;
        private final int[] sqlTypes;
        private final List<Object[]> pending = new ArrayList<>(SIZE);
        private long written;

        private Batches(String table, List<String> columns, int[] sqlTypes) {
            this.table = table;
            this.columns = List.copyOf(columns);
            this.sqlTypes = sqlTypes.clone();
        }

        public void add(Object... row) {
            pending.add(row);
            if (pending.size() == SIZE) {
                flush();
            }
        }

        /** Rows written so far, and after {@link #finish()} all of them. */
        public long written() {
            return written;
        }

        private void flush() {
            insert(table, columns, sqlTypes, pending);
            written += pending.size();
            pending.clear();
        }

        /** Writes the rows still pending. */
        public void finish() {
            flush();
        }
    }

    /**
     * {@code COPY} of {@code rows} into {@code table} on a PostgreSQL connection the caller holds.
     *
     * @throws CopyFailedException when the server refuses the rows (its SQL state, not its message)
     */
    public static void copy(Connection connection, String table, List<String> columns, List<Object[]> rows) {
        int width = columns.size();
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        try (CopyTextWriter out = new CopyTextWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                sql, BUFFER), BUFFER)) {
            for (Object[] row : rows) {
                out.row(row, width);
            }
        } catch (SQLException e) {
            throw failed(table, rows.size(), e);
        } catch (IOException e) {
            // The driver reports a failed COPY as an IOException wrapping the server's SQLException.
            throw e.getCause() instanceof SQLException sql2 ? failed(table, rows.size(), sql2)
                    : new UncheckedIOException("writing rows to " + table + " failed", e);
        }
    }

    private static CopyFailedException failed(String table, int rows, SQLException e) {
        // The SQL state only: PostgreSQL's message quotes the offending row, which may hold personal data.
        return new CopyFailedException(table, rows, e.getSQLState());
    }
}
