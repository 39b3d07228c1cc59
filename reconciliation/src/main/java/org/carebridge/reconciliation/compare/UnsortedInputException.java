package org.carebridge.reconciliation.compare;

/**
 * A side's rows were not in key order, so a merge-join would report false MISSING and EXTRA rows. The comparison
 * stops rather than publish them. The message names the side, the row number and the two keys (ids only).
 */
public final class UnsortedInputException extends IllegalStateException {

    UnsortedInputException(String side, long rowNumber, Object previousKey, Object key) {
        super(side + " row " + rowNumber + " has key " + key + ", which sorts before the previous key " + previousKey
                + ": the " + side + " must be sorted by key in the comparison's order (binary collation for text)");
    }
}
