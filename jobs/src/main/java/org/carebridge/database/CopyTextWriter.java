package org.carebridge.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Rows in PostgreSQL's {@code COPY} text format, written as UTF-8 bytes straight into the stream: fields split by
 * tabs, {@code \N} for NULL (so an empty text stays empty), and backslash escapes for the only four characters that
 * would break a field or a line ({@code \\ \t \n \r}). A value can therefore never end the data early, whatever its
 * lines hold.
 * <p>
 * Bytes rather than a {@code Writer}: ASCII text goes character by character straight into the buffer, and numbers,
 * dates and timestamps are spelled there digit by digit, so most values cost no string or array of their own (turning
 * values into strings and strings into byte arrays was the largest share of staging's and the wave load's own time).
 * Text beyond ASCII is encoded once and copied in runs between escapes. Text that is not valid UTF-16 (a lone
 * surrogate) becomes {@code ?}, as any Java encoder writes it.
 */
final class CopyTextWriter implements Closeable {

    private static final byte[] NULL = {'\\', 'N'};

    private final OutputStream out;
    private final byte[] buffer;
    private int used;

    CopyTextWriter(OutputStream out, int bufferSize) {
        this.out = out;
        // Room for the longest number, date or timestamp written in place.
        this.buffer = new byte[Math.max(bufferSize, 32)];
    }

    /** One row: the first {@code width} values of {@code row}, tab separated, then a line end. */
    void row(Object[] row, int width) throws IOException {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(row[i]);
        }
        put((byte) '\n');
    }

    /** Writes what is buffered and closes the stream (which, for a COPY, ends it). */
    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private void value(Object value) throws IOException {
        if (value == null) {
            put(NULL, 0, NULL.length);
        } else if (value instanceof String text) {
            text(text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            digits(((Number) value).longValue());
        } else if (value instanceof LocalDate date && plainYear(date.getYear())) {
            date(date);
        } else if (value instanceof LocalDateTime timestamp && plainYear(timestamp.getYear())
                && timestamp.getNano() == 0) {
            timestamp(timestamp);
        } else if (value instanceof Boolean b) {
            put(b ? (byte) 't' : (byte) 'f');
        } else if (value instanceof BigDecimal d) {
            text(d.toPlainString());
        } else {
            text(value.toString());
        }
    }

    /**
     * Text written character by character while it is ASCII, escaping as it goes; from the first other character
     * the rest is encoded as UTF-8 in one go. Most values are short ASCII, and this way they cost no array of their
     * own.
     */
    private void text(String text) throws IOException {
        int length = text.length();
        if (2L * length > buffer.length) {
            utf8(text); // longer than the buffer could take escaped: encoded in one go and written through
            return;
        }
        if (used + length * 2 > buffer.length) {
            drain();
        }
        byte[] bytes = buffer;
        int at = used;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > '\\' && c < 0x80) {
                bytes[at++] = (byte) c; // most characters: letters, digits and spaces need nothing more
            } else if (c >= 0x80) {
                used = at;
                utf8(text.substring(i));
                return;
            } else {
                byte escaped = escape(c);
                if (escaped != 0) {
                    bytes[at++] = '\\';
                    bytes[at++] = escaped;
                } else {
                    bytes[at++] = (byte) c;
                }
            }
        }
        used = at;
    }

    private void utf8(String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // The four characters to escape are ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII.
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte escaped = escape(utf8[i]);
            if (escaped != 0) {
                put(utf8, from, i - from);
                put((byte) '\\');
                put(escaped);
                from = i + 1;
            }
        }
        put(utf8, from, utf8.length - from);
    }

    private static byte escape(int c) {
        return switch (c) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            default -> 0;
        };
    }

    /** A whole number's decimal digits, as {@link Long#toString(long)} spells them, without a string between. */
    private void digits(long value) throws IOException {
        if (value == Long.MIN_VALUE) {
            text(Long.toString(value));
            return;
        }
        if (used + 20 > buffer.length) {
            drain();
        }
        if (value < 0) {
            buffer[used++] = '-';
            value = -value;
        }
        int end = used + digitCount(value);
        for (int at = end - 1; at >= used; at--) {
            buffer[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used = end;
    }

    private static int digitCount(long value) {
        int count = 1;
        while (value >= 10) {
            value /= 10;
            count++;
        }
        return count;
    }

    /** Years 0–9999: {@code yyyy-MM-dd} exactly as {@link LocalDate#toString()} spells them; others go through it. */
    private static boolean plainYear(int year) {
        return year >= 0 && year <= 9999;
    }

    private void date(LocalDate date) throws IOException {
        if (used + 10 > buffer.length) {
            drain();
        }
        fixed(date.getYear(), 4);
        buffer[used++] = '-';
        fixed(date.getMonthValue(), 2);
        buffer[used++] = '-';
        fixed(date.getDayOfMonth(), 2);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, which PostgreSQL reads as the same timestamp as {@link LocalDateTime#toString()}. */
    private void timestamp(LocalDateTime timestamp) throws IOException {
        date(timestamp.toLocalDate());
        if (used + 9 > buffer.length) {
            drain();
        }
        buffer[used++] = 'T';
        fixed(timestamp.getHour(), 2);
        buffer[used++] = ':';
        fixed(timestamp.getMinute(), 2);
        buffer[used++] = ':';
        fixed(timestamp.getSecond(), 2);
    }

    private void fixed(int value, int width) {
        for (int at = used + width - 1; at >= used; at--) {
            buffer[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += width;
    }

    private void put(byte b) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = b;
    }

    private void put(byte[] bytes, int from, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                out.write(bytes, from, length);
                return;
            }
        }
        System.arraycopy(bytes, from, buffer, used, length);
        used += length;
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
