package org.carebridge.reconcile;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.carebridge.council.CouncilJdbcSource;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.staging.SourceOpener;
import org.carebridge.staging.StagingRequest;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a legacy table again, straight from the extract the staging run read (bundle file or council schema), so
 * that reconciliation counts and compares what the source holds, not what staging made of it.
 */
final class SourceReread {

    private final StagingRequest sources;
    private final SourceOpener opener;

    private SourceReread(StagingRequest sources, SourceOpener opener) {
        this.sources = sources;
        this.opener = opener;
    }

    /** The sources of a staging run, as recorded in {@code staging_run}. */
    static SourceReread of(JdbcTemplate jdbc, long stagingRunId, SourceOpener opener) {
        var row = jdbc.queryForMap("SELECT council_source, oxleas_source, workforce_source FROM staging_run WHERE run_id = ?",
                stagingRunId);
        String council = (String) value(row, "council_source");
        boolean jdbcCouncil = council != null && council.startsWith("jdbc:");
        return new SourceReread(new StagingRequest(council == null || jdbcCouncil ? null : Path.of(council), jdbcCouncil,
                path(value(row, "oxleas_source")), path(value(row, "workforce_source"))), opener);
    }

    private static Object value(java.util.Map<String, Object> row, String key) {
        return row.containsKey(key) ? row.get(key) : row.get(key.toUpperCase());
    }

    private static Path path(Object text) {
        return text == null ? null : Path.of(text.toString());
    }

    boolean has(SourceSystem system) {
        return switch (system) {
            case COUNCIL -> sources.councilBundle() != null || sources.councilJdbc();
            case OXLEAS -> sources.oxleasBundle() != null;
            case WORKFORCE -> sources.workforceFile() != null;
        };
    }

    /** The table's size in bytes when it is a file (for reading the biggest first), else 0. */
    long sizeHint(SourceTable table) {
        return sources.sizeHint(table);
    }

    /** A row handed to a reader, with its position among the table's rows (1 for the first). */
    @FunctionalInterface
    interface RowAction {
        void accept(SourceRow row, long ordinal);
    }

    /**
     * Every row of the table as the extract holds it (broken rows included), except that a file's sound rows whose
     * {@code keyColumn} text {@code mayBeWanted} refuses are counted without being split or handed on: a row it
     * accepts, or whose key cannot be read without splitting, is handed on, so {@code action} decides as before.
     * Rows read over JDBC are all handed on. Returns how many were read.
     *
     * @param keyColumn   the column {@code mayBeWanted} judges, or {@code null} to hand on every row
     * @param progress    told the rows read so far at every 10,000th row
     */
    long forEach(SourceTable table, String keyColumn, Predicate<String> mayBeWanted, RowAction action,
                 LongConsumer progress) {
        long n = 0;
        if (table.system() == SourceSystem.COUNCIL && sources.councilJdbc()) {
            CouncilJdbcSource source = opener.councilJdbc();
            var reader = source.reader(table);
            try {
                reader.open(new ExecutionContext());
                for (var row = reader.read(); row != null; row = reader.read()) {
                    action.accept(row.row(), ++n);
                    beat(n, progress);
                }
            } catch (Exception e) {
                throw new IllegalStateException("re-reading " + table.tableName() + " from the council schema failed", e);
            } finally {
                reader.close();
            }
            return n;
        }
        try (CsvTableReader reader = CsvTableReader.open(table, sources.file(table))) {
            for (SourceRow row; (row = keyColumn == null ? reader.next() : reader.next(keyColumn, mayBeWanted)) != null; ) {
                n++;
                if (!reader.passedOver(row)) {
                    action.accept(row, n);
                }
                beat(n, progress);
            }
            return reader.rowsRead();
        }
    }

    private static void beat(long rows, LongConsumer progress) {
        if (rows % 10_000 == 0) {
            progress.accept(rows);
        }
    }
}
