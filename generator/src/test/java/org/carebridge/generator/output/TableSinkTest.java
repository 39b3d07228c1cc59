package org.carebridge.generator.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.generator.random.Rng;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSinkTest {

    @TempDir
    Path dir;

    @Test
    void unclosedQuotesAreSpacedSoTheReaderQuarantinesExactlyTheRecordedLines() {
        try (DefectLog log = new DefectLog(dir.resolve("defects.csv"));
             TableSink sink = new TableSink(SourceTable.COUNCIL_ALLOCATIONS, dir, "ALLOCATIONS.csv",
                     new DefectCatalogue(LocalDate.of(2026, 10, 31)).forTable(SourceTable.COUNCIL_ALLOCATIONS), 1.0,
                     log)) {
            Rng rng = Rng.of(9, 9, 9);
            for (int i = 0; i < 25_000; i++) {
                sink.write(new String[] {Integer.toString(1000 + i), "77", "10001", "OPN", "KEY_WORKER", "2024-01-0"
                    + (1 + i % 9), null}, rng);
            }
        }
        Map<Long, String> recorded = new TreeMap<>();
        for (String[] row : readCsv(dir.resolve("defects.csv"))) {
            if (row[6].startsWith("CSV_") || row[6].startsWith("NOT_A_")) {
                recorded.put(Long.parseLong(row[3]), row[6]);
            }
        }
        Map<Long, String> found = new TreeMap<>();
        RowParser parser = new RowParser();
        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_ALLOCATIONS,
                dir.resolve("ALLOCATIONS.csv"))) {
            for (SourceRow row; (row = reader.next()) != null; ) {
                ParsedRow parsed = parser.parse(row);
                if (!parsed.ok()) {
                    found.put(row.line(), parsed.defects().get(0).rule().id());
                }
            }
        }
        assertThat(recorded).containsValue("CSV_UNTERMINATED_QUOTE");
        assertThat(found).isEqualTo(recorded);
    }

    @Test
    void aZeroRateWritesRowsUnchanged() {
        try (DefectLog log = new DefectLog(dir.resolve("defects.csv"));
             TableSink sink = new TableSink(SourceTable.COUNCIL_EVENTS, dir, "EVENTS.csv",
                     new DefectCatalogue(LocalDate.of(2026, 10, 31)).forTable(SourceTable.COUNCIL_EVENTS), 0, log)) {
            for (int i = 0; i < 1000; i++) {
                sink.write(new String[] {Integer.toString(i + 1), "5", "Review", "2025-01-01", "2025-01-02",
                    "Continuation of support or services", "10001", "2026-01-02"}, Rng.of(1, 1, i));
            }
            assertThat(log.count()).isZero();
            assertThat(sink.rows()).isEqualTo(1000);
        }
    }

    private static List<String[]> readCsv(Path file) {
        try (Reader in = Files.newBufferedReader(file); CSVReader csv = new CSVReader(in)) {
            List<String[]> all = csv.readAll();
            return all.subList(1, all.size());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
