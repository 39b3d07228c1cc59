package org.carebridge.quality;

/** What happens to a row when a data-quality rule fires on it. */
public enum Severity {
    /** The row cannot be migrated as it stands: it is quarantined with the reason. */
    REJECT,
    /** A deterministic repair is applied and recorded; the row is staged repaired. */
    FIX,
    /** The row is staged as it is and flagged for the team. */
    WARN
}
