package org.carebridge.generator.people;

/** A second council record for the same person, and what the council already did about it. */
public enum CouncilDuplicate {
    NONE,
    /** Marked RECORD_STATUS=M with MERGED_INTO_CLIENT_ID pointing at the surviving record. */
    MERGED,
    /** An active record nobody noticed, keyed with variations. */
    UNMARKED,
    /** Marked RECORD_STATUS=D: created in error. */
    DELETED
}
