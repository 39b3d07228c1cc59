package org.carebridge.reconciliation.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.carebridge.legacy.format.FieldParser;

/**
 * Hashes a row's fields in one canonical form, so that a legacy row normalised through the mappings and the
 * merged row it became hash alike exactly when they hold the same values, whatever database or file they came from.
 *
 * <p>Normalisation, field by field, in the order the caller appends them:
 * <ul>
 *   <li>{@code null}, empty and all-whitespace text are the same: absent (Oracle stores '' as NULL; the agreement
 *       writes null as an empty field);</li>
 *   <li>text is stripped of leading and trailing whitespace and put in Unicode NFC, so a composed and a decomposed
 *       "é" agree; case is kept, because a changed spelling is a change;</li>
 *   <li>whole numbers are written in decimal without leading zeros or plus sign;</li>
 *   <li>decimals are rounded half-up to 2 places and written plainly ({@code 12.50}, never {@code 1.25E+1});</li>
 *   <li>dates are ISO {@code yyyy-MM-dd}, timestamps {@code yyyy-MM-dd'T'HH:mm:ss} truncated to the second;</li>
 *   <li>booleans are {@code Y} or {@code N}.</li>
 * </ul>
 * Encoding, unambiguous whatever the text holds: for each field, absent is the single byte {@code 0x00}; present is
 * {@code 0x01}, the length of its UTF-8 bytes as 4 bytes big-endian, then the bytes. The row hash is the first 128
 * bits of the SHA-256 of the concatenation. Anyone can recompute it from these rules with standard tools, which keeps
 * the evidence independent of this code.
 *
 * <p>Not thread-safe; reuse one per thread. Usage: {@code hasher.text(a).integer(b).date(c).hash()}.
 */
public final class CanonicalRowHasher {

    private static final byte ABSENT = 0x00;
    private static final byte PRESENT = 0x01;
    private static final DateTimeFormatter DATE = FieldParser.DATE;
    private static final DateTimeFormatter TIMESTAMP = FieldParser.TIMESTAMP;

    private final MessageDigest sha256;
    private byte[] buffer = new byte[512];
    private int length;

    public CanonicalRowHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public CanonicalRowHasher text(String value) {
        if (value == null) {
            return absent();
        }
        int from = 0;
        int to = value.length();
        while (from < to && Character.isWhitespace(value.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return absent();
        }
        // Fast path: ASCII is its own UTF-8 and already in NFC, so it is copied straight into the buffer.
        ensure(5 + (to - from));
        int lengthAt = beginPresent();
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                length = lengthAt - 1;
                return present(nfc(value.substring(from, to)));
            }
            buffer[length++] = (byte) c;
        }
        return endPresent(lengthAt);
    }

    public CanonicalRowHasher integer(Long value) {
        return value == null ? absent() : integer(value.longValue());
    }

    public CanonicalRowHasher integer(long value) {
        ensure(5 + 20);
        int lengthAt = beginPresent();
        appendDigits(value);
        return endPresent(lengthAt);
    }

    /** A whole number that arrived as a decimal type (JDBC gives Oracle NUMBER this way); must be integral. */
    public CanonicalRowHasher integer(BigDecimal value) {
        if (value == null) {
            return absent();
        }
        try {
            return present(value.toBigIntegerExact().toString());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a whole-number field holds a fraction", e);
        }
    }

    public CanonicalRowHasher decimal(BigDecimal value) {
        if (value == null) {
            return absent();
        }
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        if (cents.precision() > 18) {
            return present(cents.toPlainString());
        }
        long unscaled = cents.unscaledValue().longValueExact();
        ensure(5 + 22);
        int lengthAt = beginPresent();
        if (unscaled < 0) {
            buffer[length++] = '-';
            unscaled = -unscaled;
        }
        appendDigits(unscaled / 100);
        buffer[length++] = '.';
        buffer[length++] = (byte) ('0' + (unscaled % 100) / 10);
        buffer[length++] = (byte) ('0' + unscaled % 10);
        return endPresent(lengthAt);
    }

    public CanonicalRowHasher date(LocalDate value) {
        if (value == null) {
            return absent();
        }
        if (!fourDigitYear(value)) {
            return present(DATE.format(value));
        }
        ensure(5 + 10);
        int lengthAt = beginPresent();
        appendDate(value);
        return endPresent(lengthAt);
    }

    public CanonicalRowHasher timestamp(LocalDateTime value) {
        if (value == null) {
            return absent();
        }
        if (!fourDigitYear(value.toLocalDate())) {
            return present(TIMESTAMP.format(value.truncatedTo(ChronoUnit.SECONDS)));
        }
        ensure(5 + 19);
        int lengthAt = beginPresent();
        appendDate(value.toLocalDate());
        buffer[length++] = 'T';
        appendTwoDigits(value.getHour());
        buffer[length++] = ':';
        appendTwoDigits(value.getMinute());
        buffer[length++] = ':';
        appendTwoDigits(value.getSecond());
        return endPresent(lengthAt);
    }

    public CanonicalRowHasher bool(Boolean value) {
        return value == null ? absent() : text(value ? "Y" : "N");
    }

    /** Ends the row: returns its hash and makes the hasher ready for the next row. */
    public RowHash hash() {
        sha256.update(buffer, 0, length);
        byte[] digest = sha256.digest();
        length = 0;
        return new RowHash(toLong(digest, 0), toLong(digest, 8));
    }

    /** The canonical bytes appended so far, for documentation and independent recomputation in tests. */
    byte[] canonicalBytes() {
        return Arrays.copyOf(buffer, length);
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static boolean fourDigitYear(LocalDate date) {
        return date.getYear() >= 0 && date.getYear() <= 9999;
    }

    /** Writes the presence marker, leaves room for the length and returns where the length goes. */
    private int beginPresent() {
        buffer[length++] = PRESENT;
        int lengthAt = length;
        length += 4;
        return lengthAt;
    }

    private CanonicalRowHasher endPresent(int lengthAt) {
        int n = length - lengthAt - 4;
        buffer[lengthAt] = (byte) (n >>> 24);
        buffer[lengthAt + 1] = (byte) (n >>> 16);
        buffer[lengthAt + 2] = (byte) (n >>> 8);
        buffer[lengthAt + 3] = (byte) n;
        return this;
    }

    private void appendDigits(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                byte[] text = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(text, 0, buffer, length, text.length);
                length += text.length;
                return;
            }
            buffer[length++] = '-';
            value = -value;
        }
        int start = length;
        do {
            buffer[length++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
    }

    private void appendDate(LocalDate date) {
        int year = date.getYear();
        buffer[length++] = (byte) ('0' + year / 1000);
        buffer[length++] = (byte) ('0' + year / 100 % 10);
        appendTwoDigits(year % 100);
        buffer[length++] = '-';
        appendTwoDigits(date.getMonthValue());
        buffer[length++] = '-';
        appendTwoDigits(date.getDayOfMonth());
    }

    private void appendTwoDigits(int value) {
        buffer[length++] = (byte) ('0' + value / 10);
        buffer[length++] = (byte) ('0' + value % 10);
    }

    private CanonicalRowHasher absent() {
        ensure(1);
        buffer[length++] = ABSENT;
        return this;
    }

    private CanonicalRowHasher present(String canonical) {
        byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
        ensure(5 + bytes.length);
        buffer[length++] = PRESENT;
        buffer[length++] = (byte) (bytes.length >>> 24);
        buffer[length++] = (byte) (bytes.length >>> 16);
        buffer[length++] = (byte) (bytes.length >>> 8);
        buffer[length++] = (byte) bytes.length;
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return this;
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }

    private static long toLong(byte[] b, int offset) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[offset + i] & 0xFFL);
        }
        return v;
    }
}
