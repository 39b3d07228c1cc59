package org.carebridge.handovers;

import java.time.LocalDate;
import java.util.List;
import org.carebridge.handover.workflow.HandoverCase;

/**
 * A handover case as stored: the library's case (client, plan, state, trail) plus what the application keeps
 * about it.
 *
 * @param caseId           opaque id, safe in URLs
 * @param runId            the pairing run that proposed it
 * @param current          false once a later run superseded it
 * @param teamCode         the merged team that takes the client; its clinical lead decides
 * @param proposedWorker   the solver's choice (the incoming worker differs after a re-pairing)
 * @param drivers          the proposal's explanation, one driver each
 * @param version          optimistic lock: a decision applies only to the version it was made on
 */
public record StoredCase(String caseId, String wave, long runId, boolean current, String teamCode,
                         String proposedWorker, boolean keepsCurrentWorker, int weightPoints, int knownContacts,
                         List<String> drivers, List<String> warnings, String scoreBreakdown, String longStandingWith,
                         LocalDate relationshipSince, int version, HandoverCase handover) {

    public StoredCase {
        drivers = List.copyOf(drivers);
        warnings = List.copyOf(warnings);
    }

    public String personId() {
        return handover.personId();
    }
}
