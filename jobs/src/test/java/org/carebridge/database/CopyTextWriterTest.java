package org.carebridge.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    void wholeNumbersAreSpelledAsJavaSpellsThem_atEitherEndOfTheirRange() throws IOException {
        assertThat(written(64, new Object[]{0L, -7L, 42, (short) -3, Long.MAX_VALUE, Long.MIN_VALUE}))
                .isEqualTo("0\t-7\t42\t-3\t9223372036854775807\t-9223372036854775808\n");
    }

    @Test
    void datesAreWrittenYyyyMmDd_withTheIsoSpellingOutsideFourDigitYears() throws IOException {
        assertThat(written(64, new Object[]{LocalDate.of(5, 1, 9), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
                LocalDate.of(-1, 6, 1)}))
                .isEqualTo("0005-01-09\t9999-12-31\t+10000-01-01\t-0001-06-01\n");
    }

    @Test
    void timestampsAlwaysShowSeconds_andKeepAFractionWhenTheyHaveOne() throws IOException {
        assertThat(written(64, new Object[]{LocalDateTime.of(2024, 3, 1, 9, 30), LocalDateTime.of(2024, 3, 1, 23, 5, 7),
                LocalDateTime.of(2024, 3, 1, 0, 0, 0, 120_000_000)}))
                .isEqualTo("2024-03-01T09:30:00\t2024-03-01T23:05:07\t2024-03-01T00:00:00.120\n");
    }

    @Test
    void textTurningNonAsciiHalfWayIsEscapedOnBothSidesOfTheTurn() throws IOException {
        assertThat(written(64, new Object[]{"a\tb é\nc"})).isEqualTo("a\\tb é\\nc\n");
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
    void escapedTextThatJustFitsTheBuffer_orJustDoesNot_arrivesWhole() throws IOException {
        // 32 bytes is the smallest buffer: 16 tabs escape to exactly 32 bytes, 17 to more than it holds.
        assertThat(written(32, new Object[]{"x", "\t".repeat(16)}, new Object[]{"\t".repeat(17) + "é"}))
                .isEqualTo("x\t" + "\\t".repeat(16) + "\n" + "\\t".repeat(17) + "é\n");
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
