package org.carebridge.handover.pairing;

/** What one constraint contributed to a proposal's score (negative = penalty), from Timefold's score explanation. */
public record ScoreImpact(String constraint, long hard, long medium, long soft) {
}
