package org.carebridge.handover.pairing;

/** The hard rules a pairing must never break, in the order the unpaired-reason search narrows candidates. */
public enum HardRule {
    TEAM_COVERS_CLIENT,
    COMPETENCIES,
    AVAILABILITY,
    CAPACITY
}
