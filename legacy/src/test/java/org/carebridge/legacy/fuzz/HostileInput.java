package org.carebridge.legacy.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.FieldParser;
import org.carebridge.legacy.format.NhsNumber;

/**
 * Generators of hostile input, biased towards what breaks parsers: CSV's own characters, line ends, control
 * characters, invalid UTF-8, surrogates, near-miss dates and numbers, long runs. Plain random text almost never
 * holds a quote followed by a comma; these do all the time.
 */
final class HostileInput {

    private static final char[] STRUCTURE = {',', '"', '\n', '\r', ',', '"'};
    private static final char[] CONTROL = {'\0', '\t', '\u0001', '\u001f', '\u007f', '\u0085'};
    private static final char[] PLAIN = "abcXYZ019 -:T.+=@';\\%_/*".toCharArray();
    private static final String PLAIN_VALUE = "ABCxyz0123456789 -:T.";
    private static final char[] BEYOND_ASCII = {'é', 'ß', 'ë', '中', '\u00a0', '\u2028', '\ufeff', '\ufffd', '€'};
    private static final byte[][] BAD_BYTES = {{(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xFE},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90},
            {(byte) 0xE2, (byte) 0x82}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};

    private HostileInput() {
    }

    /** Any character, CSV's own and the troublesome ones far more often than chance would give. */
    static char anyChar(SplittableRandom random) {
        int pick = random.nextInt(100);
        if (pick < 12) {
            return STRUCTURE[random.nextInt(STRUCTURE.length)];
        }
        if (pick < 16) {
            return CONTROL[random.nextInt(CONTROL.length)];
        }
        if (pick < 80) {
            return PLAIN[random.nextInt(PLAIN.length)];
        }
        if (pick < 93) {
            return BEYOND_ASCII[random.nextInt(BEYOND_ASCII.length)];
        }
        // a lone half of a surrogate pair
        return (char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x400) : 0xDC00 + random.nextInt(0x400));
    }

    /** Mostly short text, sometimes a few hundred characters, now and then thousands. */
    static String text(SplittableRandom random) {
        int length = switch (random.nextInt(20)) {
            case 0 -> random.nextInt(5_000);
            case 1, 2, 3 -> random.nextInt(300);
            default -> random.nextInt(20);
        };
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(anyChar(random));
        }
        return text.toString();
    }

    /**
     * The body of a CSV file of {@code table} (no header): rows, most of the header's width, whose fields are
     * values the column takes, plain words, quoted text with escaped quotes and line breaks, empty or hostile
     * text, with LF, CRLF or a stray CR between them; and, one file in four, damaged as bytes.
     */
    static byte[] csvBody(SplittableRandom random, SourceTable table) {
        int width = table.columns().size();
        StringBuilder text = new StringBuilder();
        int rows = random.nextInt(8);
        for (int r = 0; r < rows; r++) {
            int fields = random.nextInt(10) < 7 ? width : Math.max(1, width + random.nextInt(5) - 2);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    text.append(random.nextInt(50) == 0 ? ';' : ',');
                }
                text.append(f < width && random.nextBoolean() ? valueOf(random, table.columns().get(f)) : field(random));
            }
            text.append(switch (random.nextInt(10)) {
                case 0 -> "\r\n";
                case 1 -> "\r";
                case 2 -> "\n\n";
                default -> "\n";
            });
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? damage(random, bytes) : bytes;
    }

    /** A value {@code column} takes, written as the agreement spells it. */
    private static String valueOf(SplittableRandom random, Column column) {
        return switch (column.type()) {
            case INTEGER -> Long.toString(random.nextLong(1, 1_000_000));
            case DECIMAL -> random.nextInt(10) + "." + random.nextInt(10) + random.nextInt(10);
            case DATE -> FieldParser.format(anyDate(random));
            case TIMESTAMP -> FieldParser.format(anyTimestamp(random));
            case TEXT, LONG_TEXT -> {
                String plain = plain(random);
                yield plain.substring(0, Math.min(plain.length(), Math.max(1, column.width())));
            }
        };
    }

    private static String field(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1, 2 -> "\"" + text(random).replace("\"", "\"\"") + "\"";
            case 3 -> text(random);
            case 4, 5 -> Integer.toString(random.nextInt(100_000));
            default -> plain(random);
        };
    }

    /** A value with nothing hostile in it. */
    private static String plain(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(PLAIN_VALUE.charAt(random.nextInt(PLAIN_VALUE.length())));
        }
        return text.toString();
    }

    /** Inserts bad byte sequences, cuts the end off, or repeats a stretch. */
    static byte[] damage(SplittableRandom random, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        int cut = random.nextInt(4) == 0 && bytes.length > 0 ? random.nextInt(bytes.length) : bytes.length;
        for (int i = 0; i < cut; i++) {
            if (random.nextInt(100) == 0) {
                byte[] bad = BAD_BYTES[random.nextInt(BAD_BYTES.length)];
                out.write(bad, 0, bad.length);
            }
            out.write(bytes[i]);
        }
        if (random.nextInt(10) == 0 && cut > 2) {
            int from = random.nextInt(cut - 1);
            out.write(bytes, from, Math.min(cut - from, 200));
        }
        return out.toByteArray();
    }

    /** Bytes with no structure at all, or the agreed header followed by anything. */
    static byte[] anyFile(SplittableRandom random, SourceTable table) {
        if (random.nextBoolean()) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            return bytes;
        }
        byte[] header = (String.join(",", table.columns().stream().map(Column::name).toList()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] head = random.nextInt(4) == 0 ? damage(random, header) : header;
        byte[] body = csvBody(random, table);
        byte[] file = new byte[head.length + body.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(body, 0, file, head.length, body.length);
        return file;
    }

    /** Rows of values a writer can carry exactly: no CR (CRLF is a line end), no lone surrogate, no U+FFFD. */
    static List<String[]> writableRows(SplittableRandom random, int width) {
        List<String[]> rows = new ArrayList<>();
        int count = random.nextInt(6);
        for (int r = 0; r < count; r++) {
            String[] row = new String[width];
            for (int f = 0; f < width; f++) {
                row[f] = random.nextInt(5) == 0 ? null : writable(text(random));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String writable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r' && c != '\ufffd' && !Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    /** A real date of years 1 to 9999, as the agreement writes it. */
    static LocalDate anyDate(SplittableRandom random) {
        long first = LocalDate.of(1, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(random.nextLong(first, last + 1));
    }

    static LocalDateTime anyTimestamp(SplittableRandom random) {
        return anyDate(random).atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
    }

    /** Text that is nearly a date or timestamp: a real one damaged in one or two places, or anything at all. */
    static String nearlyATemporal(SplittableRandom random, boolean timestamp) {
        if (random.nextInt(5) == 0) {
            return text(random);
        }
        String real = timestamp ? FieldParser.format(anyTimestamp(random)) : FieldParser.format(anyDate(random));
        StringBuilder text = new StringBuilder(real);
        int damages = random.nextInt(3);
        for (int d = 0; d < damages; d++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> text.insert(at, (char) ('0' + random.nextInt(10)));
                case 1 -> text.insert(0, random.nextBoolean() ? '+' : '-');
                case 2 -> text.insert(random.nextBoolean() ? 0 : text.length(), ' ');
                case 3 -> text.insert(at, anyChar(random));
                default -> {
                    if (at < text.length()) {
                        switch (random.nextInt(3)) {
                            case 0 -> text.setCharAt(at, (char) ('0' + random.nextInt(10)));
                            case 1 -> text.deleteCharAt(at);
                            default -> text.setCharAt(at, random.nextBoolean() ? '/' : '.');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    /** A real NHS number: nine digits whose check digit exists, not a placeholder. */
    static String validNhsNumber(SplittableRandom random) {
        while (true) {
            String stem = String.format("%09d", random.nextInt(1_000_000_000));
            var check = NhsNumber.checkDigit(stem);
            if (check.isPresent() && !NhsNumber.PLACEHOLDERS.contains(stem + check.get())) {
                return stem + check.get();
            }
        }
    }
}
