package org.carebridge.legacy.csv;

/**
 * Follows RFC 4180 quoting through one record, a physical line at a time, without building any field:
 * it says whether the record goes on past the end of a line (a quoted field is still open), how many
 * fields the record has, and where its quoting first breaks the RFC. Counting fields this way costs
 * nothing per field, so a line with a million separators is judged without splitting it.
 *
 * <p>Strict on purpose: a quote inside a field that did not start with one, or anything but a separator
 * after a closing quote, is a defect. A lenient splitter would fold the text into a neighbouring field
 * and stage a value nobody wrote.
 */
final class RecordScanner {

    /** Where the record's quoting first breaks RFC 4180: the field (0-based) and what is wrong. */
    record Malformed(int field, int lineInRecord, String problem) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private State state;
    private int fields;
    private int line;
    private Malformed malformed;

    /** Starts a new record. */
    void start() {
        state = State.FIELD_START;
        fields = 0;
        line = 0;
        malformed = null;
    }

    /**
     * Reads one physical line of the record without its line end (LF, or CRLF). A carriage return left
     * inside the line is an ordinary character.
     */
    void scan(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            // Inside a field only a separator or a quote changes anything: skip to the next one at once.
            if (state == State.QUOTED) {
                int quote = text.indexOf('"', i);
                if (quote < 0) {
                    return;
                }
                i = quote;
            } else if (state == State.UNQUOTED) {
                while (i < length && text.charAt(i) != ',' && text.charAt(i) != '"') {
                    i++;
                }
                if (i == length) {
                    return;
                }
            }
            step(text.charAt(i++));
        }
    }

    /**
     * Accounts for quotes in the part of an over-long line that was cut off and never kept. The record is
     * refused as too long anyway; this only keeps the record's end where the quotes put it.
     */
    void scanCutQuotes(long quotes) {
        for (long i = 0; i < quotes; i++) {
            step('"');
        }
    }

    /** The line ends; returns whether the record goes on (a quoted field is open and nothing is broken yet). */
    boolean endOfLine() {
        if (state == State.QUOTED && malformed == null) {
            line++;
            return true;
        }
        return false;
    }

    int fields() {
        return fields + 1;
    }

    Malformed malformed() {
        return malformed;
    }

    private void step(char c) {
        switch (state) {
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (c == ',') {
                    fields++;
                } else {
                    state = State.UNQUOTED;
                }
            }
            case UNQUOTED -> {
                if (c == ',') {
                    fields++;
                    state = State.FIELD_START;
                } else if (c == '"') {
                    breaks("a double quote inside a field that does not start with one");
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED; // an escaped quote ("")
                } else if (c == ',') {
                    fields++;
                    state = State.FIELD_START;
                } else {
                    breaks("characters after the closing quote of a quoted field");
                    state = State.UNQUOTED;
                }
            }
        }
    }

    private void breaks(String problem) {
        if (malformed == null) {
            malformed = new Malformed(fields, line, problem);
        }
    }
}
