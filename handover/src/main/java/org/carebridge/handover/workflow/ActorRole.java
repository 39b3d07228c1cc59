package org.carebridge.handover.workflow;

/** Who acts on a handover. */
public enum ActorRole {
    /** A team's clinical lead: approves, rejects, re-pairs. */
    CLINICAL_LEAD,
    /** A worker: the incoming worker accepts. */
    WORKER,
    /** Carebridge itself: proposes, activates at the effective date, may approve routine (not long-standing MH). */
    SYSTEM
}
