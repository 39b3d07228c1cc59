package org.carebridge.reconciliation.signoff;

import java.util.List;

/**
 * Whether a wave may be signed off on a report pack, and if not, why.
 *
 * @param reportSha256 the pack's report SHA-256 the sign-off would be bound to
 * @param reasons      every reason for refusal, naming check ids and exception ids only; empty when allowed
 */
public record SignOffDecision(String reportSha256, List<String> reasons) {

    public SignOffDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean allowed() {
        return reasons.isEmpty();
    }
}
