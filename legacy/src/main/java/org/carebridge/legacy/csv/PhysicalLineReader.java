package org.carebridge.legacy.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines (ended by LF or CRLF) with a ceiling on their length, so that a hostile file
 * with a gigantic line cannot exhaust memory: an over-long line is cut, flagged, and consumed to its end.
 */
final class PhysicalLineReader {

    /** One physical line; {@code overLong} when its text was cut at the ceiling. */
    record Line(String text, boolean overLong) {
    }

    private final Reader in;
    private final int maxLineChars;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;

    PhysicalLineReader(Reader in, int maxLineChars) {
        this.in = in;
        this.maxLineChars = maxLineChars;
    }

    /** The next line without its line end, or {@code null} at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder(128);
        boolean overLong = false;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                return sawAnything ? finish(text, overLong) : null;
            }
            sawAnything = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int room = maxLineChars - text.length();
            int chunk = position - start;
            if (chunk > room) {
                text.append(buffer, start, Math.max(room, 0));
                overLong = true;
            } else {
                text.append(buffer, start, chunk);
            }
            if (position < limit) {
                position++; // consume the LF
                return finish(text, overLong);
            }
        }
    }

    private static Line finish(StringBuilder text, boolean overLong) {
        int length = text.length();
        if (length > 0 && text.charAt(length - 1) == '\r') {
            text.setLength(length - 1);
        }
        return new Line(text.toString(), overLong);
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
