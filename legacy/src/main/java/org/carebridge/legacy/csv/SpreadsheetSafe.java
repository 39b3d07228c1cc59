package org.carebridge.legacy.csv;

/**
 * Neutralises text that a spreadsheet would run as a formula ("CSV injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel, LibreOffice and Google
 * Sheets as a formula, which can run commands or leak data, so it gets a leading apostrophe, which spreadsheets
 * hide and take as "this is text". Use it for every cell of a CSV a person may open (data-quality exceptions,
 * reconciliation packs, link files), except numbers Carebridge writes itself; never for the legacy formats
 * themselves, which must stay byte for byte what the sender wrote.
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
