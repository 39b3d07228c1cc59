package org.carebridge.handover.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.Worker;
import org.carebridge.handover.pairing.PairingCheck;
import org.carebridge.handover.pairing.PairingChecker;
import org.carebridge.handover.pairing.Proposal;
import org.carebridge.handover.plan.HandoverPlan;
import org.carebridge.handover.plan.HandoverPlanBuilder;

/**
 * The handover state machine: PROPOSED -> APPROVED / REJECTED / REPAIRED -> ACCEPTED -> ACTIVE -> COMPLETED.
 * Every transition is guarded (who may do it, from which state, and when) and appends an audit event stamped by
 * the injected clock.
 */
public final class HandoverWorkflow {

    private final Clock clock;
    private final PairingChecker checker;
    private final HandoverPlanBuilder planBuilder;

    public HandoverWorkflow(Clock clock, PairingChecker checker, HandoverPlanBuilder planBuilder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.planBuilder = Objects.requireNonNull(planBuilder, "planBuilder");
    }

    /** Opens a case for a pairing proposal, with its plan, in PROPOSED. */
    public HandoverCase propose(Proposal proposal, HandoverClient client, String approverLeadId) {
        if (!proposal.personId().equals(client.personId())) {
            throw new IllegalArgumentException("proposal for " + proposal.personId() + " given client "
                    + client.personId());
        }
        HandoverPlan plan = planBuilder.build(proposal, client.cutoverDate());
        AuditEvent proposed = new AuditEvent(client.personId(), Actor.system().userId(), ActorRole.SYSTEM,
                clock.instant(), null, HandoverState.PROPOSED, proposal.incomingWorkerId(), "",
                proposal.explanation());
        return new HandoverCase(client, approverLeadId, plan, proposed);
    }

    /**
     * Rebuilds a stored case as it stands: the client as paired, the deciding lead, the current plan and every
     * recorded transition, oldest first. The trail must start with the proposal and each event must start where
     * the one before ended, so a restored case is one the state machine could have produced.
     */
    public static HandoverCase restore(HandoverClient client, String approverLeadId, HandoverPlan plan,
                                       List<AuditEvent> trail) {
        if (trail.isEmpty() || trail.get(0).from() != null || trail.get(0).to() != HandoverState.PROPOSED) {
            throw new IllegalArgumentException("handover of " + client.personId() + ": a stored trail starts with"
                    + " the proposal");
        }
        HandoverCase restored = new HandoverCase(client, approverLeadId, plan, trail.get(0));
        for (AuditEvent event : trail.subList(1, trail.size())) {
            if (event.from() != restored.state() || !event.to().allowedFrom().contains(event.from())) {
                throw new IllegalArgumentException("handover of " + client.personId() + ": stored transition "
                        + event.from() + " -> " + event.to() + " does not follow " + restored.state());
            }
            restored.apply(event, plan);
        }
        return restored;
    }

    /**
     * The case's clinical lead approves. The system may approve routine handovers automatically, but never one of
     * a long-standing mental-health client.
     */
    public HandoverCase approve(HandoverCase handover, Actor actor, String reason) {
        requireState(handover, HandoverState.APPROVED);
        if (actor.role() == ActorRole.SYSTEM) {
            if (handover.client().isLongStandingMentalHealth()) {
                throw refused(handover, HandoverState.APPROVED,
                        "a long-standing mental-health client is never approved automatically");
            }
        } else {
            requireApprover(handover, actor, HandoverState.APPROVED);
        }
        record(handover, actor, HandoverState.APPROVED, handover.plan(), reason, "");
        return handover;
    }

    /** The case's clinical lead rejects; the reason is required. The client goes back to pairing. */
    public HandoverCase reject(HandoverCase handover, Actor actor, String reason) {
        requireState(handover, HandoverState.REJECTED);
        requireApprover(handover, actor, HandoverState.REJECTED);
        requireReason(handover, HandoverState.REJECTED, reason);
        record(handover, actor, HandoverState.REJECTED, handover.plan(), reason, "");
        return handover;
    }

    /**
     * The case's clinical lead picks another worker. Hard rules are checked again for that worker: any breach
     * refuses the change; soft issues come back as warnings and go into the audit event.
     *
     * @param newWorkerLoadPoints  the new worker's weighted load today, without this client
     * @param newWorkerNewHandoversThatWeek new handovers the new worker already takes on in this client's week
     */
    public RepairOutcome repair(HandoverCase handover, Actor actor, Worker newWorker, int newWorkerLoadPoints,
                                int newWorkerNewHandoversThatWeek, String reason) {
        requireState(handover, HandoverState.REPAIRED);
        requireApprover(handover, actor, HandoverState.REPAIRED);
        requireReason(handover, HandoverState.REPAIRED, reason);
        if (newWorker.id().equals(handover.incomingWorkerId())) {
            throw refused(handover, HandoverState.REPAIRED, "worker " + newWorker.id() + " is already proposed");
        }
        PairingCheck check = checker.check(handover.client(), newWorker, newWorkerLoadPoints,
                newWorkerNewHandoversThatWeek);
        if (!check.allowed()) {
            throw refused(handover, HandoverState.REPAIRED, check.violations().stream()
                    .map(violation -> violation.rule() + " (" + violation.detail() + ")")
                    .collect(Collectors.joining("; ")));
        }
        HandoverClient client = handover.client();
        List<String> outgoing = client.currentWorkers().stream()
                .filter(current -> !newWorker.id().equals(current.mergedWorkerId()))
                .map(current -> current.legacyWorkerRef())
                .collect(Collectors.toList());
        HandoverPlan plan = planBuilder.build(client.personId(), newWorker.id(), outgoing,
                client.isCurrentWorker(newWorker.id()), client.cutoverDate());
        String detail = handover.incomingWorkerId() + " -> " + newWorker.id()
                + (check.warnings().isEmpty() ? "" : "; warnings: " + String.join("; ", check.warnings()));
        record(handover, actor, HandoverState.REPAIRED, plan, reason, detail);
        return new RepairOutcome(handover, check.warnings());
    }

    /** The incoming worker, and only they, accepts the handover. */
    public HandoverCase accept(HandoverCase handover, Actor actor) {
        requireState(handover, HandoverState.ACCEPTED);
        if (actor.role() != ActorRole.WORKER || !actor.userId().equals(handover.incomingWorkerId())) {
            throw refused(handover, HandoverState.ACCEPTED, "only incoming worker " + handover.incomingWorkerId()
                    + " may accept, not " + actor.userId());
        }
        record(handover, actor, HandoverState.ACCEPTED, handover.plan(), "", "");
        return handover;
    }

    /** The system makes the incoming worker lead worker, on or after the effective date. */
    public HandoverCase activate(HandoverCase handover, Actor actor) {
        requireState(handover, HandoverState.ACTIVE);
        if (actor.role() != ActorRole.SYSTEM) {
            throw refused(handover, HandoverState.ACTIVE, "only the system activates, not " + actor.userId());
        }
        requireOnOrAfter(handover, HandoverState.ACTIVE, handover.plan().effectiveDate());
        record(handover, actor, HandoverState.ACTIVE, handover.plan(), "", "");
        return handover;
    }

    /** The case's clinical lead or the incoming worker completes the handover at the follow-up review. */
    public HandoverCase complete(HandoverCase handover, Actor actor, String reason) {
        requireState(handover, HandoverState.COMPLETED);
        boolean lead = actor.role() == ActorRole.CLINICAL_LEAD && actor.userId().equals(handover.approverLeadId());
        boolean incoming = actor.role() == ActorRole.WORKER && actor.userId().equals(handover.incomingWorkerId());
        if (!lead && !incoming) {
            throw refused(handover, HandoverState.COMPLETED,
                    "only the case's clinical lead or incoming worker may complete, not " + actor.userId());
        }
        requireOnOrAfter(handover, HandoverState.COMPLETED, handover.plan().followUpReview());
        record(handover, actor, HandoverState.COMPLETED, handover.plan(), reason, "");
        return handover;
    }

    private void record(HandoverCase handover, Actor actor, HandoverState to, HandoverPlan plan, String reason,
                        String detail) {
        handover.apply(new AuditEvent(handover.personId(), actor.userId(), actor.role(), clock.instant(),
                handover.state(), to, plan.incomingWorkerId(), reason == null ? "" : reason.strip(), detail), plan);
    }

    private static void requireState(HandoverCase handover, HandoverState to) {
        if (!to.allowedFrom().contains(handover.state())) {
            throw refused(handover, to, "not allowed from " + handover.state());
        }
    }

    private static void requireApprover(HandoverCase handover, Actor actor, HandoverState to) {
        if (actor.role() != ActorRole.CLINICAL_LEAD || !actor.userId().equals(handover.approverLeadId())) {
            throw refused(handover, to, "only clinical lead " + handover.approverLeadId() + " may decide, not "
                    + actor.userId());
        }
    }

    private static void requireReason(HandoverCase handover, HandoverState to, String reason) {
        if (reason == null || reason.isBlank()) {
            throw refused(handover, to, "a reason is required");
        }
    }

    private void requireOnOrAfter(HandoverCase handover, HandoverState to, LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(day)) {
            throw refused(handover, to, "not before " + day + " (today " + today + ")");
        }
    }

    private static TransitionRefusedException refused(HandoverCase handover, HandoverState to, String why) {
        return new TransitionRefusedException("handover of " + handover.personId() + " to " + to + " refused: "
                + why);
    }
}
