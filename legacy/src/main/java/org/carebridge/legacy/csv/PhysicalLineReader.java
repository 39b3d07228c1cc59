package org.carebridge.legacy.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines (ended by LF or CRLF) with a ceiling on their length, so that a hostile file
 * with a gigantic line cannot exhaust memory: an over-long line is cut, flagged, and consumed to its end.
 * Memory does not depend on the size of the file, only on the ceiling.
 */
final class PhysicalLineReader {

    /**
     * One physical line; {@code overLong} when its text was cut at the ceiling, and then {@code cutQuotes}
     * counts the double quotes in the part that was not kept (they decide where the record ends).
     */
    record Line(String text, boolean overLong, long cutQuotes) {
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
        if (position == limit && !fill()) {
            return null;
        }
        // Most lines lie whole in the buffer: made into a string at once, not copied through a builder.
        for (int end = position; end < limit; end++) {
            if (buffer[end] == '\n') {
                int start = position;
                position = end + 1;
                int length = end - start;
                if (length > maxLineChars) {
                    position = start;
                    break;
                }
                if (length > 0 && buffer[end - 1] == '\r') {
                    length--;
                }
                return new Line(new String(buffer, start, length), false, 0);
            }
        }
        StringBuilder text = new StringBuilder(128);
        boolean overLong = false;
        long cutQuotes = 0;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                return sawAnything ? finish(text, overLong, cutQuotes) : null;
            }
            sawAnything = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int room = maxLineChars - text.length();
            int chunk = position - start;
            if (chunk > room) {
                int kept = Math.max(room, 0);
                text.append(buffer, start, kept);
                for (int i = start + kept; i < position; i++) {
                    if (buffer[i] == '"') {
                        cutQuotes++;
                    }
                }
                overLong = true;
            } else {
                text.append(buffer, start, chunk);
            }
            if (position < limit) {
                position++; // consume the LF
                return finish(text, overLong, cutQuotes);
            }
        }
    }

    private static Line finish(StringBuilder text, boolean overLong, long cutQuotes) {
        int length = text.length();
        if (!overLong && length > 0 && text.charAt(length - 1) == '\r') {
            text.setLength(length - 1);
        }
        return new Line(text.toString(), overLong, cutQuotes);
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
