package org.carebridge.handover.pairing;

import java.util.List;

/**
 * The solver's proposal for one client, for a clinical lead to approve, reject or re-pair.
 *
 * @param personId             merged person id
 * @param incomingWorkerId     proposed lead worker (merged id)
 * @param outgoingWorkerRefs   current legacy workers who hand over (legacy references), empty when the proposal
 *                             simply keeps the client's only current worker
 * @param keepsCurrentWorker   the proposed worker already holds the client
 * @param weightPoints         the client's caseload points
 * @param knownContacts        contacts and case notes of the proposed worker with the client in the last 2 years
 * @param scoreBreakdown       per-constraint score of this pairing (client-level constraints)
 * @param drivers              what drove the proposal, e.g. {@code capacity after: 82/100}
 * @param warnings             soft issues the lead should see
 */
public record Proposal(String personId, String incomingWorkerId, List<String> outgoingWorkerRefs,
                       boolean keepsCurrentWorker, int weightPoints, int knownContacts,
                       List<ScoreImpact> scoreBreakdown, List<String> drivers, List<String> warnings) {

    public Proposal {
        outgoingWorkerRefs = List.copyOf(outgoingWorkerRefs);
        scoreBreakdown = List.copyOf(scoreBreakdown);
        drivers = List.copyOf(drivers);
        warnings = List.copyOf(warnings);
    }

    /** One line for the console, e.g. {@code continuity: keeps BC00123; known: 14 contacts in 2 years; ...}. */
    public String explanation() {
        return String.join("; ", drivers);
    }
}
