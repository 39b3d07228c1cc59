package org.carebridge.reconciliation.compare;

/** How a key fares in the row-level comparison. */
public enum DifferenceKind {
    /** In the source, not in the target. */
    MISSING,
    /** In the target, not in the source. */
    EXTRA,
    /** On both sides with different content hashes. */
    DIFFERENT,
    /** A repeat of the previous source key: only the first occurrence is compared. */
    DUPLICATE_IN_SOURCE,
    /** A repeat of the previous target key: only the first occurrence is compared. */
    DUPLICATE_IN_TARGET
}
