package org.carebridge.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bytes of PostgreSQL's COPY text format, checked without a database (BulkInserterTest round-trips them). */
class CopyTextWriterTest {

    private static String written(int bufferSize, Object[]... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CopyTextWriter writer = new CopyTextWriter(bytes, bufferSize)) {
            for (Object[] row : rows) {
                writer.row(row, row.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreTabSeparated_nullIsBackslashN_andEmptyTextStaysEmpty() throws IOException {
        assertThat(written(64, new Object[]{7L, null, "", true, new BigDecimal("1E+2"), LocalDate.of(2024, 2, 29)}))
                .isEqualTo("7\t\\N\t\tt\t100\t2024-02-29\n");
    }

    @Test
    void backslashTabLineFeedAndCarriageReturnAreEscapedWhereverTheyStand() throws IOException {
        assertThat(written(64, new Object[]{"\\a\tb\nc\r", "\r\n"}))
                .isEqualTo("\\\\a\\tb\\nc\\r\t\\r\\n\n");
    }

    @Test
    void textBeyondLatin1IsUtf8_andALoneSurrogateBecomesAQuestionMark() throws IOException {
        assertThat(written(64, new Object[]{"Zoë Łódź 😀", "bad\uD800end"}))
                .isEqualTo("Zoë Łódź 😀\tbad?end\n");
    }

    @Test
    void valuesLongerThanTheBufferAndRowsAcrossItsEdgeArriveWhole() throws IOException {
        String longText = "x".repeat(1_000) + "\n" + "é".repeat(500);
        StringBuilder expected = new StringBuilder();
        Object[][] rows = new Object[50][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[]{(long) i, i % 7 == 0 ? longText : "row\t" + i};
            expected.append(i).append('\t').append(i % 7 == 0 ? longText.replace("\n", "\\n") : "row\\t" + i)
                    .append('\n');
        }

        assertThat(written(16, rows)).isEqualTo(expected.toString());
    }
}
