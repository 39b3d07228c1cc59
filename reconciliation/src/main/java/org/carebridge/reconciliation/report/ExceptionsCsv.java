package org.carebridge.reconciliation.report;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.legacy.csv.CsvTableWriter;
import org.carebridge.legacy.csv.SpreadsheetSafe;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.check.ExceptionKind;

/**
 * Streams {@code exceptions.csv}: one row per exception as it arrives, nothing held but counts per check and kind.
 * Each row gets an {@code exception_id} of the form {@code CHECK-ID/N} (N counting from 1 within its check), which is
 * what a disposition refers to. The last three columns are left empty for the team to fill in.
 */
final class ExceptionsCsv implements AutoCloseable {

    static final String FILE_NAME = "exceptions.csv";
    static final List<String> HEADER = List.of("exception_id", "check_id", "kind", "source_system", "source_table",
            "source_key", "merged_table", "merged_key", "detail", "disposition", "disposition_reason",
            "dispositioned_by");

    private final CsvTableWriter writer;
    private final Map<String, Map<ExceptionKind, Long>> counts = new TreeMap<>();

    ExceptionsCsv(Path file) {
        this.writer = CsvTableWriter.create(file, HEADER);
    }

    void write(ExceptionItem item) {
        Map<ExceptionKind, Long> byKind = counts.computeIfAbsent(item.checkId(), id -> new EnumMap<>(ExceptionKind.class));
        long ordinal = byKind.values().stream().mapToLong(Long::longValue).sum() + 1;
        byKind.merge(item.kind(), 1L, Long::sum);
        writer.write(
                SpreadsheetSafe.cell(item.checkId() + "/" + ordinal),
                SpreadsheetSafe.cell(item.checkId()),
                item.kind().name(),
                item.sourceSystem() == null ? null : item.sourceSystem().name(),
                SpreadsheetSafe.cell(item.sourceTable()),
                SpreadsheetSafe.cell(item.sourceKey()),
                SpreadsheetSafe.cell(item.mergedTable()),
                SpreadsheetSafe.cell(item.mergedKey()),
                SpreadsheetSafe.cell(item.detail()),
                null, null, null);
    }

    /** Exceptions written so far, per check id (sorted) and kind (in enum order). */
    Map<String, Map<ExceptionKind, Long>> counts() {
        return counts;
    }

    /** SHA-256 of the file; known once closed. */
    String sha256Hex() {
        return writer.sha256Hex();
    }

    @Override
    public void close() {
        writer.close();
    }
}
