package org.carebridge.legacy.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    /** The shape the agreement spells: java.time alone would also take a signed year of five or more digits. */
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
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
                String digits = t.startsWith("-") ? t.substring(1) : t;
                if (digits.length() > column.width() || !INTEGER.matcher(t).matches()) {
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
                if (DATE_SHAPE.matcher(t).matches()) {
                    try {
                        return new Outcome(LocalDate.parse(t, DATE), null);
                    } catch (DateTimeParseException impossible) {
                        // a 30th of February, a 13th month: refused below
                    }
                }
                return fail(column, FormatRule.NOT_A_DATE, "not a real date written yyyy-MM-dd");
            }
            case TIMESTAMP -> {
                if (TIMESTAMP_SHAPE.matcher(t).matches()) {
                    try {
                        return new Outcome(LocalDateTime.parse(t, TIMESTAMP), null);
                    } catch (DateTimeParseException impossible) {
                        // a 25th hour, a 30th of February: refused below
                    }
                }
                return fail(column, FormatRule.NOT_A_TIMESTAMP, "not a real timestamp written yyyy-MM-dd'T'HH:mm:ss");
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
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof LocalDateTime ts) {
            return TIMESTAMP.format(ts);
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
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
