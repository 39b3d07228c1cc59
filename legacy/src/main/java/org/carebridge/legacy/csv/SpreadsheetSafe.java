package org.carebridge.legacy.csv;

/**
 * Neutralises text that a spreadsheet would run as a formula ("CSV injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe.
 * Use it for every cell of a CSV a person may open, except numbers Carebridge writes itself.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
