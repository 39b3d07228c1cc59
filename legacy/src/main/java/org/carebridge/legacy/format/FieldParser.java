package org.carebridge.legacy.format;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.ColumnType;
import org.carebridge.legacy.csv.FormatRule;
import org.carebridge.legacy.csv.RowDefect;

/**
 * Turns one field's text into its typed value by the agreement's spelling: {@code yyyy-MM-dd} dates that
 * must exist, {@code '.'} decimals with at most two places, whole numbers within the column's digits.
 * Text is trimmed of the stray whitespace real extracts carry; long free text is kept exactly.
 */
public final class FieldParser {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    /** Sign, point and two places around the agreed digits: anything longer cannot be a value of the column. */
    private static final int NUMBER_PUNCTUATION = 4;

    /** A typed value, or the rule the text breaks. */
    public record Outcome(Object value, RowDefect defect) {
        public boolean ok() {
            return defect == null;
        }
    }

    private FieldParser() {
    }

    /** Parses {@code text} ({@code null} for an empty field) as {@code column} requires. */
    public static Outcome parse(Column column, String text) {
        if (text == null) {
            return new Outcome(null, null);
        }
        if (hasControlCharacter(text, column.type() == ColumnType.LONG_TEXT)) {
            return fail(column, FormatRule.CONTROL_CHARACTER, "the field holds a NUL or other control character");
        }
        String t = column.type() == ColumnType.LONG_TEXT ? text : text.strip();
        if (t.isEmpty()) {
            return new Outcome(null, null);
        }
        switch (column.type()) {
            case INTEGER -> {
                int sign = t.startsWith("-") ? 1 : 0;
                if (t.length() - sign > column.width() || t.length() == sign || !allDigits(t, sign)) {
                    return fail(column, FormatRule.NOT_AN_INTEGER,
                            "not a whole number of at most " + column.width() + " digits");
                }
                return new Outcome(Long.parseLong(t), null);
            }
            case DECIMAL -> {
                // Checked before BigDecimal, whose parsing time grows with the square of the digits.
                if (t.length() > column.width() + NUMBER_PUNCTUATION) {
                    return fail(column, FormatRule.NOT_A_DECIMAL,
                            "longer than any decimal of at most " + column.width() + " digits");
                }
                if (!DECIMAL.matcher(t).matches()) {
                    return fail(column, FormatRule.NOT_A_DECIMAL, "not a decimal with '.' and at most two places");
                }
                BigDecimal value = new BigDecimal(t).setScale(2);
                if (value.precision() > column.width()) {
                    return fail(column, FormatRule.NOT_A_DECIMAL,
                            "more than " + column.width() + " digits in all");
                }
                return new Outcome(value, null);
            }
            case DATE -> {
                LocalDate date = date(t);
                return date != null ? new Outcome(date, null)
                        : fail(column, FormatRule.NOT_A_DATE, "not a real date written yyyy-MM-dd");
            }
            case TIMESTAMP -> {
                LocalDateTime timestamp = timestamp(t);
                return timestamp != null ? new Outcome(timestamp, null)
                        : fail(column, FormatRule.NOT_A_TIMESTAMP, "not a real timestamp written yyyy-MM-dd'T'HH:mm:ss");
            }
            case TEXT, LONG_TEXT -> {
                if (t.length() > column.width()) {
                    return fail(column, FormatRule.TOO_LONG,
                            t.length() + " characters where at most " + column.width() + " are agreed");
                }
                return new Outcome(t, null);
            }
            default -> throw new IllegalStateException("unknown column type " + column.type());
        }
    }

    /** The canonical text of a typed value: what a CSV extract of it holds. */
    public static String format(Object value) {
        if (value == null) {
            return null;
        }
        // toString spells years 0–9999 as the agreement does, at a fraction of a formatter's cost.
        if (value instanceof LocalDate d) {
            return fourDigitYear(d) ? d.toString() : DATE.format(d);
        }
        if (value instanceof LocalDateTime ts) {
            return fourDigitYear(ts.toLocalDate()) ? ts.toLocalDate() + "T" + twoDigits(ts.getHour()) + ":"
                    + twoDigits(ts.getMinute()) + ":" + twoDigits(ts.getSecond()) : TIMESTAMP.format(ts);
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }

    /**
     * {@code yyyy-MM-dd} that exists, or null. Read digit by digit: staging parses millions of dates, and a
     * {@link DateTimeFormatter} costs several times as much for the same strict answer ({@link #DATE} stays the
     * reference the tests compare with).
     */
    private static LocalDate date(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            return null; // a 30th of February, a 13th month
        }
    }

    /** {@code yyyy-MM-dd'T'HH:mm:ss} that exists, or null; read as {@link #date} is. */
    private static LocalDateTime timestamp(String t) {
        if (t.length() != 19 || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        LocalDate date = date(t.substring(0, 10));
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        if (date == null || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(date, LocalTime.of(hour, minute, second));
        } catch (DateTimeException impossible) {
            return null; // a 25th hour
        }
    }

    /** The ASCII digits {@code t[from, to)} as a number, or -1 when any is not one. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether {@code t[from..]} is ASCII digits only (as a regex's {@code \\d} reads them). */
    private static boolean allDigits(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean fourDigitYear(LocalDate date) {
        return date.getYear() >= 0 && date.getYear() <= 9999;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static Outcome fail(Column column, FormatRule rule, String message) {
        return new Outcome(null, new RowDefect(rule, column.name(), message));
    }

    private static boolean hasControlCharacter(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && !(c == '\t' || (lineBreaksAllowed && (c == '\n' || c == '\r')))) {
                return true;
            }
        }
        return false;
    }
}
