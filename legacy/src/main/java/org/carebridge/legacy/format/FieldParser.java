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
                if (!INTEGER.matcher(t).matches() || digits.length() > column.width()) {
                    return fail(column, FormatRule.NOT_AN_INTEGER,
                            "not a whole number of at most " + column.width() + " digits");
                }
                return new Outcome(Long.parseLong(t), null);
            }
            case DECIMAL -> {
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
                try {
                    return new Outcome(LocalDate.parse(t, DATE), null);
                } catch (DateTimeParseException e) {
                    return fail(column, FormatRule.NOT_A_DATE, "not a real date written yyyy-MM-dd");
                }
            }
            case TIMESTAMP -> {
                try {
                    return new Outcome(LocalDateTime.parse(t, TIMESTAMP), null);
                } catch (DateTimeParseException e) {
                    return fail(column, FormatRule.NOT_A_TIMESTAMP,
                            "not a real timestamp written yyyy-MM-dd'T'HH:mm:ss");
                }
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
