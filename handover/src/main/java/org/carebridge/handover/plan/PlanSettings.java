package org.carebridge.handover.plan;

import java.util.Objects;

import org.carebridge.handover.model.HandoverWindowRule;

/**
 * How handover plans are dated.
 *
 * @param windowRule    the same window rule the pairing used (start = cutover - lead days)
 * @param jointVisits   joint visits of outgoing and incoming worker within the window; at least two
 * @param followUpDays  days after the effective date of the review that completes the handover
 */
public record PlanSettings(HandoverWindowRule windowRule, int jointVisits, int followUpDays) {

    public PlanSettings {
        Objects.requireNonNull(windowRule, "windowRule");
        if (jointVisits < 2) {
            throw new IllegalArgumentException("a handover needs at least two joint visits");
        }
        if (followUpDays < 1) {
            throw new IllegalArgumentException("followUpDays must be positive");
        }
    }

    public static PlanSettings defaults() {
        return new PlanSettings(HandoverWindowRule.defaults(), 2, 28);
    }
}
