package org.carebridge.handover.pairing;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Weights of the soft rules (hard rules and "unpaired" are not negotiable and have no weight here). One unit of
 * each weight multiplies that rule's match weight, documented per rule in {@link HandoverConstraints}.
 *
 * @param continuity     per client moved away from a worker who continues (three times for long-standing MH clients)
 * @param familiarity    per capped contact the chosen worker has fewer than the best-known candidate (three
 *                       times for long-standing MH clients)
 * @param language       per client whose preferred language the worker does not speak
 * @param gender         per client whose recorded gender preference is not met
 * @param fairLoad       per unit of squared load-ratio increase (permille-based, see {@link HandoverConstraints})
 * @param weeklyLimit    per new handover above a worker's weekly limit
 */
public record PairingWeights(long continuity, long familiarity, long language, long gender, long fairLoad,
                             long weeklyLimit) {

    public PairingWeights {
        if (continuity < 0 || familiarity < 0 || language < 0 || gender < 0 || fairLoad < 0 || weeklyLimit < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
    }

    /**
     * Continuity first: losing a continuing worker (1000) outweighs a worker who knows the client only a little
     * (at most 20 x 20 = 400), a stranger instead of a worker who knows the client well (at most 800) outweighs
     * language or gender (100 each), and those outweigh a typical fairness difference (tens).
     */
    public static PairingWeights defaults() {
        return new PairingWeights(1000, 20, 100, 100, 1, 200);
    }

    ConstraintWeightOverrides<HardMediumSoftLongScore> asOverrides() {
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        weights.put(HandoverConstraints.CONTINUITY, HardMediumSoftLongScore.ofSoft(continuity));
        weights.put(HandoverConstraints.FAMILIARITY, HardMediumSoftLongScore.ofSoft(familiarity));
        weights.put(HandoverConstraints.LANGUAGE, HardMediumSoftLongScore.ofSoft(language));
        weights.put(HandoverConstraints.GENDER, HardMediumSoftLongScore.ofSoft(gender));
        weights.put(HandoverConstraints.FAIR_LOAD, HardMediumSoftLongScore.ofSoft(fairLoad));
        weights.put(HandoverConstraints.WEEKLY_LIMIT, HardMediumSoftLongScore.ofSoft(weeklyLimit));
        return ConstraintWeightOverrides.of(weights);
    }
}
