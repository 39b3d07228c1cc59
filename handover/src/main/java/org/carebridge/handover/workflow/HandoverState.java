package org.carebridge.handover.workflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of a handover proposal. APPROVED and REPAIRED are both a clinical lead's decision (REPAIRED: with another
 * worker than proposed); REJECTED sends the client back to pairing.
 */
public enum HandoverState {
    PROPOSED,
    APPROVED,
    REJECTED,
    REPAIRED,
    ACCEPTED,
    ACTIVE,
    COMPLETED;

    /** States from which a transition to {@code this} is allowed. */
    Set<HandoverState> allowedFrom() {
        switch (this) {
            case APPROVED:
                return EnumSet.of(PROPOSED);
            case REJECTED:
            case REPAIRED:
                return EnumSet.of(PROPOSED, APPROVED, REPAIRED);
            case ACCEPTED:
                return EnumSet.of(APPROVED, REPAIRED);
            case ACTIVE:
                return EnumSet.of(ACCEPTED);
            case COMPLETED:
                return EnumSet.of(ACTIVE);
            default:
                return EnumSet.noneOf(HandoverState.class);
        }
    }

    /** The incoming worker holds the client from ACTIVE on; before that the outgoing workers still do. */
    boolean incomingResponsible() {
        return this == ACTIVE || this == COMPLETED;
    }
}
