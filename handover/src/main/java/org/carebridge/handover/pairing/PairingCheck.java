package org.carebridge.handover.pairing;

import java.util.List;

/**
 * The rules checked for one client and one chosen worker, e.g. when a clinical lead re-pairs a proposal.
 * Messages hold ids, codes and figures only.
 *
 * @param violations hard-rule breaches: the pairing must be refused if any
 * @param warnings   soft issues to show the lead (continuity lost, language, gender, load, weekly limit)
 */
public record PairingCheck(List<Violation> violations, List<String> warnings) {

    public PairingCheck {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    public boolean allowed() {
        return violations.isEmpty();
    }

    /** One broken hard rule and what exactly is wrong. */
    public record Violation(HardRule rule, String detail) {
    }
}
