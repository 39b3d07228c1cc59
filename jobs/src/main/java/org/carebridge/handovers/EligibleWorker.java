package org.carebridge.handovers;

import java.util.List;

/**
 * A worker a clinical lead could re-pair a client with, checked against the same rules as the solver.
 *
 * @param violations hard rules the pairing would break: such a worker cannot be chosen
 * @param warnings   soft issues the lead should weigh (continuity, familiarity, language, load, weekly limit)
 */
public record EligibleWorker(String workerId, String teamCode, int loadAfter, int capacity, int knownContacts,
                             String languages, String competencies, List<String> violations, List<String> warnings) {

    public EligibleWorker {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    public boolean eligible() {
        return violations.isEmpty();
    }
}
