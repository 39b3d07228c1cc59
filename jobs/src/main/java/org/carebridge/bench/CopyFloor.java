package org.carebridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The floor a pipeline is measured against: the same source files' bytes loaded with nothing but PostgreSQL's own
 * {@code COPY ... FROM STDIN}, one plain table per file in a scratch schema that is dropped afterwards. No checking,
 * mapping or indexing: what the database can ingest at best.
 * <p>
 * Each line goes into one text column (CSV mode with a quote and delimiter that never occur), because the extracts
 * carry defects a strict CSV {@code COPY} rejects outright (the generator's unterminated quotes, like real ones), and
 * a floor that stops at the first bad row measures nothing. Its rows are therefore physical lines after the header;
 * a quoted line break in a case note counts twice. One column is cheaper than many, so this floor is, if anything,
 * lower than a column-by-column one, and the ratio against it conservative.
 */
public final class CopyFloor {

    static final String SCHEMA = "bench_floor";

    private final DataSource dataSource;

    public CopyFloor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows copied from every data file of the dataset (council and Oxleas bundles, workforce plan). */
    public long load(Path dataset) {
        List<Path> files = files(dataset);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                statement.execute("CREATE SCHEMA " + SCHEMA);
            }
            try {
                long rows = 0;
                int n = 0;
                for (Path file : files) {
                    rows += copy(connection, file, SCHEMA + ".t" + (n++) + "_" + tableName(file));
                }
                return rows;
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the COPY floor failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    static List<Path> files(Path dataset) {
        List<Path> files = new ArrayList<>();
        for (String bundle : List.of("council", "oxleas")) {
            Path dir = dataset.resolve(bundle);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no " + bundle + " bundle in " + dataset);
            }
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                        .filter(p -> !p.getFileName().toString().equalsIgnoreCase("MANIFEST.csv"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        Path workforce = dataset.resolve("workforce.csv");
        if (Files.exists(workforce)) {
            files.add(workforce);
        }
        return files;
    }

    private static long copy(Connection connection, Path file, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (line text)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                    + " FROM STDIN WITH (FORMAT csv, HEADER true, QUOTE E'\\x01', DELIMITER E'\\x02')", in, 1 << 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            // Not chained: PostgreSQL's message quotes the offending line, which may hold personal data.
            throw new IllegalStateException("COPY of " + file.getFileName() + " failed (SQL state " + e.getSQLState()
                    + "); the floor needs one line end style per file");
        }
    }

    private static String tableName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.csv$", "");
        return name.replaceAll("[^a-z0-9_]", "_");
    }
}
