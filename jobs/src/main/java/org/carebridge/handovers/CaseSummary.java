package org.carebridge.handovers;

import java.time.LocalDate;
import java.util.List;
import org.carebridge.handover.model.HandoverReason;
import org.carebridge.handover.workflow.HandoverState;

/** One current case as a queue shows it: ids, codes and counts only. */
public record CaseSummary(String caseId, String wave, String personId, HandoverState state, String teamCode,
                          String incomingWorker, String proposedWorker, List<String> reasons,
                          boolean keepsCurrentWorker, int knownContacts, int warnings, LocalDate effectiveOn) {

    public CaseSummary {
        reasons = List.copyOf(reasons);
    }

    public boolean longStanding() {
        return reasons.contains(HandoverReason.LONG_STANDING_MH.name());
    }

    public boolean awaitingDecision() {
        return state == HandoverState.PROPOSED;
    }
}
