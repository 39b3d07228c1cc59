package org.carebridge.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Rows in PostgreSQL's {@code COPY} text format, written as UTF-8 bytes straight into the stream: fields split by
 * tabs, {@code \N} for NULL (so an empty text stays empty), and backslash escapes for the only four characters that
 * would break a field or a line ({@code \\ \t \n \r}). A value can therefore never end the data early, whatever its
 * lines hold.
 * <p>
 * Bytes rather than a {@code Writer}: each value is encoded once ({@link String#getBytes} copies an ASCII string
 * whole) and copied in runs between escapes, where a {@code StringBuilder} fed to an encoder copied text character
 * by character (a third of the wave load's own time). Text that is not valid UTF-16 (a lone surrogate) becomes
 * {@code ?}, as any Java encoder writes it.
 */
final class CopyTextWriter implements Closeable {

    private static final byte[] NULL = {'\\', 'N'};

    private final OutputStream out;
    private final byte[] buffer;
    private int used;

    CopyTextWriter(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffer = new byte[bufferSize];
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
            return;
        }
        String text = value instanceof Boolean b ? (b ? "t" : "f")
                : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // The four characters to escape are ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII.
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte escaped = switch (utf8[i]) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (escaped != 0) {
                put(utf8, from, i - from);
                put((byte) '\\');
                put(escaped);
                from = i + 1;
            }
        }
        put(utf8, from, utf8.length - from);
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
