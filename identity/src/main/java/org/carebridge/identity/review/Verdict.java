package org.carebridge.identity.review;

/** A reviewer's answer about a pair of source records. */
public enum Verdict {
    /** The two records are one person: a must-link for every later run. */
    SAME_PERSON,
    /** The two records are different people: a cannot-link for every later run. */
    DIFFERENT_PEOPLE
}
