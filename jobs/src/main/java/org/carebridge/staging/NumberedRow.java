package org.carebridge.staging;

import org.carebridge.legacy.csv.SourceRow;

/**
 * A source row with its ordinal in the read (1 = first data row). The ordinal is the row's identity in
 * staging and quarantine, which is what makes re-writing a chunk after a restart idempotent.
 */
public record NumberedRow(long rowNo, SourceRow row) {
}
