package org.carebridge.identity.model;

import java.util.List;

/**
 * How the model was estimated: random pairs sampled for u, each EM session with its pairs and outcome,
 * and how λ was settled. Counts only; no personal data.
 */
public record TrainingReport(long randomPairs, List<Session> sessions, double lambda, int lambdaIterations) {

    public TrainingReport {
        sessions = List.copyOf(sessions);
    }

    /** One EM session: pairs blocked on {@code name}, estimating every field not in that rule. */
    public record Session(String name, long pairs, int patterns, double expectedMatches, int iterations,
                          boolean converged, boolean used) {
    }
}
