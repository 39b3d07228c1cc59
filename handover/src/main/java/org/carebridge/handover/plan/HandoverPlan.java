package org.carebridge.handover.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The planned handover of one client.
 *
 * @param personId                merged person id
 * @param incomingWorkerId        merged id of the new lead worker
 * @param outgoingWorkerRefs      legacy references of the workers handing over (empty when the worker continues)
 * @param windowStart             first day of the handover window
 * @param windowEnd               last day of the window, the day before the effective date
 * @param clientAndCarerInformed  when the client and carer are told (the window's first day, before any visit)
 * @param jointVisits             joint visits of outgoing and incoming worker, working days within the window
 * @param riskAndCrisisPlanReview review of the risk and crisis plan, at the last joint visit so both workers are
 *                                there (mid-window when there is no outgoing worker)
 * @param effectiveDate           the incoming worker becomes lead worker (the wave's cutover date)
 * @param followUpReview          review that completes the handover
 * @param responsibility          who is responsible when, if all goes to plan
 */
public record HandoverPlan(String personId, String incomingWorkerId, List<String> outgoingWorkerRefs,
                           LocalDate windowStart, LocalDate windowEnd, LocalDate clientAndCarerInformed,
                           List<LocalDate> jointVisits, LocalDate riskAndCrisisPlanReview, LocalDate effectiveDate,
                           LocalDate followUpReview, ResponsibilityTimeline responsibility) {

    public HandoverPlan {
        outgoingWorkerRefs = List.copyOf(outgoingWorkerRefs);
        jointVisits = List.copyOf(jointVisits);
    }

    /** Who holds the client until the incoming worker takes over: outgoing workers, the continuing worker, or duty. */
    public List<String> holdersBeforeHandover() {
        return responsibility.responsibleOn(windowStart);
    }

    public boolean isTransfer() {
        return !outgoingWorkerRefs.isEmpty();
    }
}
