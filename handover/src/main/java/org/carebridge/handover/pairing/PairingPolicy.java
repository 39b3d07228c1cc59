package org.carebridge.handover.pairing;

import java.util.Objects;

import org.carebridge.handover.caseload.CaseloadWeighting;
import org.carebridge.handover.model.HandoverWindowRule;

/**
 * The rules' parameters (not their weights, see {@link PairingWeights}). A problem fact of the solution so that
 * the weekly limit constraint can read it.
 *
 * @param windowRule                 when the handover window starts and how long the new worker must stay
 * @param weighting                  caseload points per client
 * @param weeklyNewHandoverLimit     new handovers one worker takes on in one week before the soft rule bites
 * @param familiarityCap             contacts beyond this count add nothing more to familiarity
 */
public record PairingPolicy(HandoverWindowRule windowRule, CaseloadWeighting weighting, int weeklyNewHandoverLimit,
                            int familiarityCap) {

    public PairingPolicy {
        Objects.requireNonNull(windowRule, "windowRule");
        Objects.requireNonNull(weighting, "weighting");
        if (weeklyNewHandoverLimit < 1 || familiarityCap < 1) {
            throw new IllegalArgumentException("weekly limit and familiarity cap must be positive");
        }
    }

    /** Four-week windows, default weighting, at most 3 new handovers per worker per week, familiarity cap 20. */
    public static PairingPolicy defaults() {
        return new PairingPolicy(HandoverWindowRule.defaults(), CaseloadWeighting.defaults(), 3, 20);
    }
}
