package org.carebridge.identity;

/** What a run decided about a pair of source records. */
public enum Decision {
    /** The same person; merged automatically (or by a reviewer's decision). */
    MATCH,
    /** Doubtful: listed for the migration team to decide. */
    REVIEW,
    /** Different people. */
    NON_MATCH
}
