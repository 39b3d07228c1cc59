package org.carebridge.legacy.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.FormatRule;
import org.carebridge.legacy.csv.SourceRow;
import org.junit.jupiter.api.Test;

/**
 * A very large extract cut off in the middle of a row. The file is generated as it is read, so its size costs no
 * disk and no memory: 64 MiB in CI; {@code -Dcarebridge.hostile.truncated-mib=2048} runs the 2 GB.
 */
class TruncatedLargeFileTest {

    private static final long MIB = 1024 * 1024;
    private static final long SIZE = Long.getLong("carebridge.hostile.truncated-mib", 64) * MIB;
    /** The reader's buffers between the stream and a row: bytes, decoded characters and the line buffer. */
    private static final long MOST_READ_AHEAD = 256 * 1024;

    @Test
    void aLargeFileCutInsideItsLastNoteGivesEveryCompleteRowWholeAndTheCutOneAsAnUnterminatedQuoteOnItsLine() {
        GeneratedCaseNotes file = new GeneratedCaseNotes(SIZE);
        long whole = 0;
        long furthestAhead = 0;
        SourceRow last = null;
        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_CASE_NOTES, "CASE_NOTES.csv", file)) {
            for (SourceRow row; (row = reader.next()) != null; last = row) {
                if (!row.isBroken()) {
                    furthestAhead = Math.max(furthestAhead, file.delivered() - GeneratedCaseNotes.endOfRow(whole));
                    whole++;
                }
            }
            assertThat(reader.rowsRead()).isEqualTo(file.completeRows() + 1);
        }

        assertThat(whole).isEqualTo(file.completeRows());
        assertThat(last.defect().rule()).isEqualTo(FormatRule.CSV_UNTERMINATED_QUOTE);
        assertThat(last.line()).as("two physical lines per row after the header")
                .isEqualTo(2 + 2 * file.completeRows());
        assertThat(last.defect().message())
                .isEqualTo("a quoted field opened on this line is never closed before the end of the file");
        assertThat(furthestAhead).as("the reader streams: it never reads further ahead than its buffers, whatever"
                + " the size of the file").isLessThanOrEqualTo(MOST_READ_AHEAD);
        System.out.printf("truncated-file test: %,d bytes, %,d rows read whole, furthest read-ahead %,d bytes%n",
                file.length(), whole, furthestAhead);
    }
}
