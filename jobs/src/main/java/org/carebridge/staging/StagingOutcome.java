package org.carebridge.staging;

import org.carebridge.quality.ValidatedRow;

/** What staging makes of one numbered source row: staged (possibly flagged) or quarantined. */
public record StagingOutcome(long rowNo, ValidatedRow validated) {

    public boolean quarantined() {
        return validated.rejected();
    }
}
