package org.carebridge.staging;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.carebridge.cli.UserFacingException;
import org.carebridge.legacy.csv.SpreadsheetSafe;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a staging run's data-quality outputs: {@code dq-summary.csv} (rule, severity, source table, count)
 * and {@code dq-exceptions.csv} (every finding, with keys, line and column, never the value). The folder is
 * written under a temporary name and renamed into place when complete.
 */
class QualityReportWriter {

    private final JdbcTemplate jdbc;

    QualityReportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Path write(Path folder, String mappingVersion) {
        Path temporary = folder.resolveSibling("." + folder.getFileName() + ".writing");
        try {
            deleteRecursively(temporary);
            Files.createDirectories(temporary);
            writeSummary(temporary.resolve("dq-summary.csv"), mappingVersion);
            writeExceptions(temporary.resolve("dq-exceptions.csv"));
            deleteRecursively(folder);
            try {
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder);
            }
            return folder;
        } catch (IOException | UncheckedIOException e) {
            throw new UserFacingException("cannot write the data-quality report to " + folder + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private void writeSummary(Path file, String mappingVersion) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); ICSVWriter csv = csv(out)) {
            csv.writeNext(new String[]{"rule_id", "severity", "source_table", "count", "mapping_version"}, false);
            jdbc.query("SELECT rule_id, severity, source_table, COUNT(*) FROM dq_finding"
                    + " GROUP BY rule_id, severity, source_table ORDER BY rule_id, source_table", rs -> {
                csv.writeNext(new String[]{rs.getString(1), rs.getString(2), rs.getString(3),
                        Long.toString(rs.getLong(4)), mappingVersion}, false);
            });
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
        }
    }

    private static ICSVWriter csv(Writer out) {
        return new CSVWriterBuilder(out).withLineEnd("\n").build();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
