package org.carebridge.legacy.hostile;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A CASE_NOTES extract of any size, made on demand instead of stored: a header, then rows of one fixed width
 * whose note spans two lines, and at the end the first bytes of one more row, cut inside its quoted note as a
 * transfer that died would leave it. It counts the bytes it has handed out, so a test can see how far ahead of
 * the rows returned a reader has read.
 */
final class GeneratedCaseNotes extends InputStream {

    static final byte[] HEADER = "NOTE_ID,CLIENT_ID,WORKER_ID,NOTE_DATE,NOTE_TYPE,NOTE_TEXT\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String ROW = "%010d,10,20,2024-01-02T10:00:00,VISIT,\"Seen at home, said \"\"fine\"\"\nthen left.\"\n";
    static final int ROW_BYTES = String.format(ROW, 0).length();
    /** The partial row stops here: after the opening quote of its note, before the note's line break. */
    static final int CUT = String.format(ROW, 0).indexOf('"') + 10;

    private final long completeRows;
    private final long length;
    private long position;

    GeneratedCaseNotes(long approximateBytes) {
        this.completeRows = Math.max(1, (approximateBytes - HEADER.length) / ROW_BYTES);
        this.length = HEADER.length + completeRows * ROW_BYTES + CUT;
    }

    long completeRows() {
        return completeRows;
    }

    long length() {
        return length;
    }

    /** Bytes handed to the reader so far. */
    long delivered() {
        return position;
    }

    /** The offset just past complete row {@code index} (0-based). */
    static long endOfRow(long index) {
        return HEADER.length + (index + 1) * ROW_BYTES;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return byteAt(position++) & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = byteAt(position++);
        }
        return n;
    }

    private final byte[] rowBytes = String.format(ROW, 0).getBytes(StandardCharsets.US_ASCII);
    private long rowIndex = -1;

    private byte byteAt(long at) {
        if (at < HEADER.length) {
            return HEADER[(int) at];
        }
        long index = (at - HEADER.length) / ROW_BYTES;
        if (index != rowIndex) {
            rowIndex = index;
            long id = index + 1;
            for (int digit = 9; digit >= 0; digit--, id /= 10) {
                rowBytes[digit] = (byte) ('0' + id % 10);
            }
        }
        return rowBytes[(int) ((at - HEADER.length) % ROW_BYTES)];
    }
}
