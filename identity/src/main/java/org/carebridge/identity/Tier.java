package org.carebridge.identity;

/**
 * Which rule decided a pair. The three automatic tiers are written as 1, 2, 3; decisions not made by
 * matching carry a word.
 */
public enum Tier {
    /** Tier 1: the same valid, verified NHS number and the same date of birth. */
    NHS_NUMBER("1"),
    /** Tier 2: a deterministic rule after the national trace's minimum inputs. */
    DETERMINISTIC("2"),
    /** Tier 3: Fellegi–Sunter match probability against the thresholds. */
    PROBABILISTIC("3"),
    /** A reviewer's recorded decision. */
    CLERICAL("clerical"),
    /** The council itself merged one record into the other (RECORD_STATUS = M). */
    SOURCE_MERGE("source_merge"),
    /** Joined through other links in the same merged person (or kept together from an earlier run). */
    CLUSTER("cluster");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    /** The tier as the link file writes it. */
    public String code() {
        return code;
    }
}
