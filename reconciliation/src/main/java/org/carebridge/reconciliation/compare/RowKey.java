package org.carebridge.reconciliation.compare;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A row's comparison key: one or more parts, each a whole number or a text. Keys order part by part, numbers
 * numerically and texts by Unicode code point, which is the order of {@code ORDER BY ... COLLATE "C"} in
 * PostgreSQL, {@code NLS_SORT = BINARY} in Oracle and a byte-wise external sort of UTF-8. Numbers sort before
 * texts. Use the same part types on both sides; the merge-join refuses input not in this order.
 */
public record RowKey(List<Object> parts) implements Comparable<RowKey> {

    public RowKey {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one part");
        }
        for (Object part : parts) {
            if (!(part instanceof Long || part instanceof String)) {
                throw new IllegalArgumentException("a key part must be a Long or a String, not "
                        + (part == null ? "null" : part.getClass().getSimpleName()));
            }
        }
        parts = List.copyOf(parts);
    }

    public static RowKey of(Object... parts) {
        return new RowKey(List.of(parts));
    }

    @Override
    public int compareTo(RowKey other) {
        int n = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            int c = comparePart(parts.get(i), other.parts.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    /** The parts joined by {@code |}, e.g. {@code RIO0001234|CP0042|2021-03-04}. */
    @Override
    public String toString() {
        return parts.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }

    private static int comparePart(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareCodePoints(x, y);
        }
        return a instanceof Long ? -1 : 1;
    }

    /**
     * Code point order. {@link String#compareTo} orders UTF-16 units, which differs from code point (and UTF-8
     * byte) order for characters beyond U+FFFF against U+E000–U+FFFF.
     */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
