package org.carebridge.legacy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.CsvTableWriter;
import org.carebridge.legacy.csv.RowDefect;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;
import org.junit.jupiter.api.Test;

/**
 * Properties of the CSV reader and row parser on generated hostile files: the only failure a file can cause is a
 * {@link BundleFormatException} about its header; past the header every record ends as a row, staged or with a
 * defect naming its rule, on its own line.
 */
class CsvReaderFuzzTest {

    private static final SourceTable[] TABLES = {SourceTable.COUNCIL_TEAMS, SourceTable.COUNCIL_CASE_NOTES,
            SourceTable.COUNCIL_SERVICES, SourceTable.OXLEAS_PATIENTS};

    private record File(SourceTable table, byte[] bytes) {
        @Override
        public String toString() {
            return table + " " + Printable.of(bytes);
        }
    }

    private static SourceTable anyTable(SplittableRandom random) {
        return TABLES[random.nextInt(TABLES.length)];
    }

    private static byte[] withHeader(SourceTable table, byte[] body) {
        byte[] header = (String.join(",", table.columns().stream().map(Column::name).toList()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[header.length + body.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(body, 0, file, header.length, body.length);
        return file;
    }

    /** Reads every row, checking what must hold of each; returns them. */
    private static List<SourceRow> readChecked(SourceTable table, byte[] bytes) {
        RowParser parser = new RowParser();
        List<SourceRow> rows = new ArrayList<>();
        try (CsvTableReader reader = CsvTableReader.open(table, "FUZZ.csv", new ByteArrayInputStream(bytes))) {
            long previousLine = 1;
            for (SourceRow row; (row = reader.next()) != null; ) {
                assertThat(row.line()).as("rows come in line order, after the header").isGreaterThan(previousLine);
                previousLine = row.line();
                if (row.isBroken()) {
                    assertThat(row.defect().rule()).isNotNull();
                    assertThat(row.values()).isEmpty();
                } else {
                    assertThat(row.values()).hasSize(table.columns().size());
                }
                ParsedRow parsed = parser.parse(row);
                assertThat(parsed.ok()).isEqualTo(parsed.defects().isEmpty());
                for (RowDefect defect : parsed.defects()) {
                    assertThat(defect.rule()).isNotNull();
                    if (defect.column() != null) {
                        assertThat(table.indexOf(defect.column())).isNotNegative();
                    }
                }
                rows.add(row);
            }
            assertThat(reader.rowsRead()).as("every row returned is counted").isEqualTo(rows.size());
        }
        return rows;
    }

    @Test
    void anyBytesAfterTheAgreedHeaderEndAsRowsStagedOrWithADefectOnTheirLine() {
        Fuzz.check("rows after a valid header", 2_000,
                random -> {
                    SourceTable table = anyTable(random);
                    return new File(table, withHeader(table, HostileInput.csvBody(random, table)));
                },
                file -> readChecked(file.table(), file.bytes()));
    }

    @Test
    void anyBytesAtAllAreEitherRefusedAsAFileNamingLine1OrReadRowByRow() {
        Fuzz.check("any file", 1_000,
                random -> {
                    SourceTable table = anyTable(random);
                    return new File(table, HostileInput.anyFile(random, table));
                },
                file -> {
                    try {
                        readChecked(file.table(), file.bytes());
                    } catch (BundleFormatException refused) {
                        assertThat(refused.getMessage()).matches("FUZZ\\.csv: (line 1: |is empty).*");
                    }
                });
    }

    @Test
    void rowsWrittenByTheAgreementsWriterReadBackFieldForField() {
        SourceTable notes = SourceTable.COUNCIL_CASE_NOTES;
        Fuzz.check("write then read", 1_000,
                random -> HostileInput.writableRows(random, notes.columns().size()),
                rows -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (CsvTableWriter writer = CsvTableWriter.create(bytes,
                            notes.columns().stream().map(Column::name).toList())) {
                        rows.forEach(writer::write);
                    }
                    List<SourceRow> read = readChecked(notes, bytes.toByteArray());
                    assertThat(read).hasSameSizeAs(rows);
                    for (int i = 0; i < rows.size(); i++) {
                        assertThat(read.get(i).isBroken()).as("row %d", i).isFalse();
                        assertThat(read.get(i).values()).containsExactly(rows.get(i));
                    }
                });
    }
}
