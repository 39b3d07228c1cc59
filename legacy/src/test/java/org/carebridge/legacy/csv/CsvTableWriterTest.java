package org.carebridge.legacy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.carebridge.legacy.SourceTable;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    private static final SourceTable NOTES = SourceTable.COUNCIL_CASE_NOTES;

    @Test
    void whatItWritesReadsBackFieldForFieldWithTheLinesItReported() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long first;
        long second;
        try (CsvTableWriter writer = CsvTableWriter.create(bytes, NOTES.columns().stream().map(c -> c.name()).toList())) {
            first = writer.write("1", "10", "20", "2024-01-02T10:00:00", "VISIT", "a, \"quoted\"\nmulti-line note");
            second = writer.write("2", "10", null, "2024-01-03T10:00:00", "PHONE", "plain");
        }

        try (CsvTableReader reader = CsvTableReader.open(NOTES, "CASE_NOTES.csv",
                new ByteArrayInputStream(bytes.toByteArray()))) {
            SourceRow one = reader.next();
            SourceRow two = reader.next();
            assertThat(one.value("NOTE_TEXT")).isEqualTo("a, \"quoted\"\nmulti-line note");
            assertThat(one.line()).isEqualTo(first).isEqualTo(2);
            assertThat(two.line()).isEqualTo(second).isEqualTo(4);
            assertThat(two.value("WORKER_ID")).isNull();
        }
    }

    @Test
    void itsHashIsTheSha256OfTheBytesWritten() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvTableWriter writer = CsvTableWriter.create(bytes, java.util.List.of("a", "b"));
        writer.write("1", "2");
        writer.close();

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        assertThat(writer.sha256Hex()).isEqualTo(expected);
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        assertThat(writer.rowsWritten()).isEqualTo(1);
    }
}
