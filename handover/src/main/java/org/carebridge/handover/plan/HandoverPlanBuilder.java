package org.carebridge.handover.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.carebridge.handover.pairing.Proposal;

/**
 * Dates a handover: the window opens {@code leadDays} before cutover, the client and carer are told on its first
 * day, the joint visits are spread evenly over its working days, the risk and crisis plan is reviewed at the last
 * joint visit, and the incoming worker takes over on the cutover date. The outgoing workers stay responsible up to
 * that day, so the planned timeline has no gap (the workflow additionally holds the switch until the incoming
 * worker has accepted).
 */
public final class HandoverPlanBuilder {

    private final PlanSettings settings;

    public HandoverPlanBuilder(PlanSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Holder of a client who has no lead worker at all until the incoming worker takes over: the team duty. */
    public static final String DUTY = "DUTY";

    /** The plan for a pairing proposal of a client whose wave cuts over on {@code cutover}. */
    public HandoverPlan build(Proposal proposal, LocalDate cutover) {
        return build(proposal.personId(), proposal.incomingWorkerId(), proposal.outgoingWorkerRefs(),
                proposal.keepsCurrentWorker(), cutover);
    }

    /**
     * @param outgoingWorkerRefs   current workers who hand over (they stay responsible until the effective date)
     * @param incomingAlreadyHolds the incoming worker is one of the client's current workers; with no outgoing
     *                             worker they simply continue, and without either the team duty holds the client
     *                             until the effective date
     */
    public HandoverPlan build(String personId, String incomingWorkerId, List<String> outgoingWorkerRefs,
                              boolean incomingAlreadyHolds, LocalDate cutover) {
        LocalDate start = settings.windowRule().windowStart(cutover);
        LocalDate end = cutover.minusDays(1);
        boolean transfer = !outgoingWorkerRefs.isEmpty();
        List<LocalDate> visits = transfer ? jointVisits(start, end) : List.of();
        LocalDate review = transfer ? visits.get(visits.size() - 1) : workingDayOnOrBefore(
                start.plusDays(ChronoUnit.DAYS.between(start, end) / 2), start);

        List<ResponsibilityPeriod> periods = new ArrayList<>();
        if (transfer) {
            for (String outgoing : outgoingWorkerRefs) {
                periods.add(new ResponsibilityPeriod(outgoing, start, cutover));
            }
            periods.add(new ResponsibilityPeriod(incomingWorkerId, incomingAlreadyHolds ? start : cutover, null));
        } else if (incomingAlreadyHolds) {
            periods.add(new ResponsibilityPeriod(incomingWorkerId, start, null));
        } else {
            periods.add(new ResponsibilityPeriod(DUTY, start, cutover));
            periods.add(new ResponsibilityPeriod(incomingWorkerId, cutover, null));
        }
        return new HandoverPlan(personId, incomingWorkerId, outgoingWorkerRefs, start, end, start, visits, review,
                cutover, cutover.plusDays(settings.followUpDays()), new ResponsibilityTimeline(periods));
    }

    /** Evenly spread, distinct working days strictly after the window's first day (the informing day). */
    private List<LocalDate> jointVisits(LocalDate start, LocalDate end) {
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                workingDays.add(day);
            }
        }
        int count = settings.jointVisits();
        if (workingDays.size() < count) {
            throw new IllegalArgumentException("a handover window of " + settings.windowRule().leadDays()
                    + " days cannot hold " + count + " joint visits");
        }
        List<LocalDate> visits = new ArrayList<>();
        for (int visit = 1; visit <= count; visit++) {
            // Visit k of n sits at k/(n+1) of the working days, so visits are spaced and the last is before the end.
            int index = (int) ((long) visit * workingDays.size() / (count + 1));
            index = Math.max(index, visits.isEmpty() ? 0 : workingDays.indexOf(visits.get(visits.size() - 1)) + 1);
            visits.add(workingDays.get(Math.min(index, workingDays.size() - count + visit - 1)));
        }
        return visits;
    }

    private static LocalDate workingDayOnOrBefore(LocalDate day, LocalDate notBefore) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate) && candidate.isAfter(notBefore)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
