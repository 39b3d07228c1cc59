package org.carebridge.handovers;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one proposal run for a wave did, with the figures the programme reports.
 *
 * @param needingHandover     open clients of the cohort who need a handover (any reason)
 * @param keptDecided         of those, clients whose handover a lead had already decided: kept, not re-paired
 * @param pairedClients       clients given to the solver
 * @param longStanding        long-standing MH clients given to the solver
 * @param longStandingKnown   of those, paired with a current worker or one with notes or contacts in the window
 * @param busiestWorker       the worker with the highest load against capacity after the run
 * @param buildMillis         reading the problem from staging
 * @param solveMillis         the solver, explanations included
 */
public record ProposalRun(long runId, String wave, int cohortPersons, int openClients, int needingHandover,
                          int keptDecided, int pairedClients, int proposals, int keptCurrentWorker, int longStanding,
                          int longStandingKnown, String busiestWorker, int busiestPoints, int busiestCapacity,
                          List<Unpaired> unpaired, long buildMillis, long solveMillis, String score) {

    public ProposalRun {
        unpaired = List.copyOf(unpaired);
    }

    /** A client no worker could take, or who could not be put to the solver, and why. */
    public record Unpaired(String personId, String reason, String detail, String teamCode,
                           List<String> handoverReasons) {
        public Unpaired {
            handoverReasons = List.copyOf(handoverReasons);
        }
    }

    public double longStandingKnownShare() {
        return longStanding == 0 ? 1.0 : (double) longStandingKnown / longStanding;
    }

    public SortedMap<String, Integer> unpairedByReason() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        unpaired.forEach(u -> counts.merge(u.reason(), 1, Integer::sum));
        return counts;
    }

    /** One example (the lowest person id) per unpaired reason, with its detail. */
    public Map<String, Unpaired> unpairedExamples() {
        SortedMap<String, Unpaired> examples = new TreeMap<>();
        unpaired.forEach(u -> examples.putIfAbsent(u.reason(), u));
        return examples;
    }
}
