package org.carebridge.handover.workflow;

import java.time.Instant;

/**
 * One transition of one handover: who, when, from which state to which, and why. Ids and codes only.
 *
 * @param personId         merged person id
 * @param actorId          user id of the actor
 * @param actorRole        the actor's role
 * @param at               when, from the workflow's clock
 * @param from             previous state, {@code null} for the proposal itself
 * @param to               new state
 * @param incomingWorkerId the incoming worker after the transition
 * @param reason           the actor's reason (required for REJECTED and REPAIRED), may be empty
 * @param detail           what changed, e.g. {@code BC00012 -> BC00044; warnings: language: pa not spoken}
 */
public record AuditEvent(String personId, String actorId, ActorRole actorRole, Instant at, HandoverState from,
                         HandoverState to, String incomingWorkerId, String reason, String detail) {
}
