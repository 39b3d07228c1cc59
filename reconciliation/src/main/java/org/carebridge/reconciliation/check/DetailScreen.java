package org.carebridge.reconciliation.check;

import java.util.regex.Pattern;

/**
 * Redacts text shaped like personal data from exception details. It cannot recognise names, so it is a
 * safety net, not a licence: callers must still write details from column names and rules only.
 */
final class DetailScreen {

    static final String REDACTED = "[redacted]";

    /** NHS numbers (ten digits, possibly keyed 3-3-4 with spaces or hyphens), dates, UK postcodes. */
    private static final Pattern PERSONAL_SHAPES = Pattern.compile(String.join("|",
            "(?<!\\d)\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?!\\d)",
            "(?<!\\d)\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)",
            "(?<!\\d)\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(?!\\d)",
            "(?i)\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b"));

    private DetailScreen() {
    }

    static String screen(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        return PERSONAL_SHAPES.matcher(detail).replaceAll(REDACTED);
    }
}
