package org.carebridge.handovers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carebridge.handover.model.CurrentWorker;
import org.carebridge.handover.plan.HandoverPlan;
import org.carebridge.handover.workflow.HandoverCase;
import org.carebridge.handover.workflow.HandoverState;

/** One case as the console and the REST API show it: ids, codes, dates, figures and the lead's own reasons. */
public record CaseDetail(String caseId, String wave, String personId, HandoverState state, String teamCode,
                         String clinicalLead, List<String> reasons, boolean longStanding, String longStandingWith,
                         LocalDate relationshipSince, String locality, String serviceLine, List<String> flags,
                         String preferredLanguage, List<String> currentWorkers, String incomingWorker,
                         String proposedWorker, boolean keepsCurrentWorker, int weightPoints, int knownContacts,
                         List<String> drivers, List<String> warnings, String scoreBreakdown, Plan plan,
                         List<String> responsibleNow, List<Transition> transitions) {

    /** The dated handover plan. */
    public record Plan(List<String> outgoingWorkers, LocalDate windowStart, LocalDate windowEnd, LocalDate informedOn,
                       List<LocalDate> jointVisits, LocalDate riskAndCrisisPlanReview, LocalDate effectiveOn,
                       LocalDate followUpReview, List<String> responsibility) {
    }

    /** One recorded transition. */
    public record Transition(Instant at, HandoverState from, HandoverState to, String actor, String role,
                             String incomingWorker, String reason, String detail) {
    }

    public static CaseDetail of(StoredCase stored) {
        HandoverCase h = stored.handover();
        HandoverPlan p = h.plan();
        return new CaseDetail(stored.caseId(), stored.wave(), h.personId(), h.state(), stored.teamCode(),
                h.approverLeadId(), h.client().reasons().stream().map(Enum::name).sorted().toList(),
                h.client().isLongStandingMentalHealth(), stored.longStandingWith(), stored.relationshipSince(),
                h.client().locality().name(), h.client().serviceLine().name(),
                h.client().flags().stream().map(Enum::name).sorted().toList(), h.client().preferredLanguage(),
                h.client().currentWorkers().stream().map(CaseDetail::describe).toList(), h.incomingWorkerId(),
                stored.proposedWorker(), stored.keepsCurrentWorker(), stored.weightPoints(), stored.knownContacts(),
                stored.drivers(), stored.warnings(), stored.scoreBreakdown(),
                new Plan(p.outgoingWorkerRefs(), p.windowStart(), p.windowEnd(), p.clientAndCarerInformed(),
                        p.jointVisits(), p.riskAndCrisisPlanReview(), p.effectiveDate(), p.followUpReview(),
                        p.responsibility().periods().stream().map(r -> r.workerRef() + " from " + r.from()
                                + (r.until() == null ? "" : " until " + r.until())).toList()),
                h.responsibleNow(), h.auditTrail().stream().map(e -> new Transition(e.at(), e.from(), e.to(),
                e.actorId(), e.actorRole().name(), e.incomingWorkerId(), e.reason(), e.detail())).toList());
    }

    /** Whether a clinical lead can still approve, reject or re-pair it. */
    public boolean decidable() {
        return state == HandoverState.PROPOSED || state == HandoverState.APPROVED || state == HandoverState.REPAIRED;
    }

    public boolean approvable() {
        return state == HandoverState.PROPOSED;
    }

    private static String describe(CurrentWorker worker) {
        return worker.legacyWorkerRef() + (worker.continues() ? " (continues as " + worker.mergedWorkerId() + ")"
                : " (does not continue)");
    }
}
