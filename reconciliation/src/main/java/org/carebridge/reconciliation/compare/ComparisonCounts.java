package org.carebridge.reconciliation.compare;

/**
 * What one comparison found. Rows are counted as read, duplicates included, so
 * {@code sourceRows = matched + different + missing + duplicatesInSource} and
 * {@code targetRows = matched + different + extra + duplicatesInTarget}.
 */
public record ComparisonCounts(long sourceRows, long targetRows, long matched, long different, long missing,
                               long extra, long duplicatesInSource, long duplicatesInTarget) {

    /** Every row that stops the two sides agreeing. */
    public long discrepancies() {
        return different + missing + extra + duplicatesInSource + duplicatesInTarget;
    }
}
