package org.carebridge.staging;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carebridge.legacy.csv.SpreadsheetSafe;
import org.carebridge.output.AtomicWrite;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a staging run's data-quality outputs: {@code dq-summary.csv} (rule, severity, source table, count)
 * and {@code dq-exceptions.csv} (every finding, with keys, line and column, never the value). The folder is
 * written under a temporary name, forced to disk and renamed into place when complete ({@link AtomicWrite}).
 */
class QualityReportWriter {

    private final JdbcTemplate jdbc;

    QualityReportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Path write(Path folder, String mappingVersion) {
        return AtomicWrite.folder(folder, "the data-quality report", temporary -> {
            writeSummary(temporary.resolve("dq-summary.csv"), mappingVersion);
            writeExceptions(temporary.resolve("dq-exceptions.csv"));
        });
    }

    private void writeSummary(Path file, String mappingVersion) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); ICSVWriter csv = csv(out)) {
            csv.writeNext(new String[]{"rule_id", "severity", "source_table", "count", "mapping_version"}, false);
            jdbc.query("SELECT rule_id, severity, source_table, COUNT(*) FROM dq_finding"
                    + " GROUP BY rule_id, severity, source_table ORDER BY rule_id, source_table", rs -> {
                csv.writeNext(new String[]{rs.getString(1), rs.getString(2), rs.getString(3),
                        Long.toString(rs.getLong(4)), mappingVersion}, false);
            });
            requireWritten(csv, file);
        }
    }

    private void writeExceptions(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); ICSVWriter csv = csv(out)) {
            csv.writeNext(new String[]{"source_system", "source_table", "source_key", "line", "column", "rule_id",
                    "severity", "message"}, false);
            jdbc.query("SELECT source_system, source_table, source_key, source_line, column_name, rule_id, severity,"
                    + " message FROM dq_finding ORDER BY source_table, row_no, seq", rs -> {
                long line = rs.getLong(4);
                csv.writeNext(new String[]{rs.getString(1), rs.getString(2), SpreadsheetSafe.cell(rs.getString(3)),
                        rs.wasNull() || line == 0 ? "" : Long.toString(line), rs.getString(5), rs.getString(6),
                        rs.getString(7), SpreadsheetSafe.cell(rs.getString(8))}, false);
            });
            requireWritten(csv, file);
        }
    }

    /** opencsv keeps a failed write's IOException to itself (a full disk would pass unnoticed): ask for it. */
    private static void requireWritten(ICSVWriter csv, Path file) throws IOException {
        if (csv.checkError()) {
            IOException failure = csv.getException();
            throw failure != null ? failure : new IOException("writing " + file.getFileName() + " failed");
        }
    }

    private static ICSVWriter csv(Writer out) {
        return new CSVWriterBuilder(out).withLineEnd("\n").build();
    }
}
