package org.carebridge.reconciliation.report;

/**
 * Makes text safe to open in a spreadsheet. A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, which can run commands or
 * leak data (CSV injection); such a cell gets a leading apostrophe, which spreadsheets hide and treat as "this is
 * text". Applied to every text cell of the pack's CSV files; figures the pack computes itself are written as
 * numbers and left alone, so a negative difference stays a number.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
