package org.carebridge.staging;

import org.carebridge.legacy.SourceTable;

/** One source table's account: every row read was staged or quarantined. */
public record LedgerLine(SourceTable table, String origin, long read, long staged, long quarantined) {

    public boolean balanced() {
        return read == staged + quarantined;
    }
}
