package org.carebridge.reconciliation.check;

/** What is wrong with one item a check could not account for. */
public enum ExceptionKind {
    /** In the legacy source, not in the merged model. */
    MISSING,
    /** In the merged model, with no legacy source behind it. */
    EXTRA,
    /** On both sides, with different content. */
    DIFFERENT,
    /** A key that should be unique appears more than once on one side. */
    DUPLICATE,
    /** A row whose parent row does not exist. */
    ORPHAN,
    /** An aggregate (a total, a count per group) that does not agree. */
    MISMATCH,
    /** A business rule broken, e.g. an open client without exactly one lead worker. */
    RULE_BREACH
}
