package org.carebridge.identity;

import java.util.List;
import org.carebridge.identity.blocking.BlockingRule;
import org.carebridge.identity.model.ModelTrainer;

/**
 * How a run decides. Thresholds are on match probability: at or above {@code matchThreshold} a pair is a
 * MATCH, at or above {@code reviewThreshold} it goes to REVIEW, below it is a NON_MATCH.
 *
 * @param coherenceFloor  when an automatic link would join two groups, every cross pair of their records
 *                        must have at least this match probability, or the link goes to review
 * @param maxBlockSize    blocks larger than this are compared only within a sliding window
 * @param window          neighbours each record of an oversized block is compared with
 * @param includeDeleted  whether council records with RECORD_STATUS = D take part
 * @param parallel        compare candidate pairs on all cores (results are the same either way)
 */
public record ResolutionSettings(double matchThreshold, double reviewThreshold, double coherenceFloor,
                                 List<BlockingRule> blockingRules, int maxBlockSize, int window,
                                 boolean includeDeleted, boolean parallel, ModelTrainer.Settings training) {

    public ResolutionSettings {
        if (!(reviewThreshold > 0 && reviewThreshold <= matchThreshold && matchThreshold < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < review <= match < 1");
        }
        if (!(coherenceFloor >= 0 && coherenceFloor < 1)) {
            throw new IllegalArgumentException("the coherence floor is a probability below 1");
        }
        blockingRules = List.copyOf(blockingRules);
        if (blockingRules.isEmpty()) {
            throw new IllegalArgumentException("at least one blocking rule is needed");
        }
    }

    /**
     * Defaults: a MATCH needs a match probability of 0.95 and passes the safety caps (verified NHS numbers,
     * possible twins, group coherence at 0.01); anything from 0.5 goes to a person. A wrong merge and a
     * missed merge are both hazards: at 0.95 the measured precision stays above 0.999 on every labelled
     * set while recall gains about a point over 0.99 (module README).
     */
    public static ResolutionSettings defaults() {
        return new ResolutionSettings(0.95, 0.5, 0.01, List.of(BlockingRule.values()), 100, 25, false, true,
                ModelTrainer.Settings.defaults());
    }

    public ResolutionSettings withThresholds(double match, double review) {
        return new ResolutionSettings(match, review, coherenceFloor, blockingRules, maxBlockSize, window,
                includeDeleted, parallel, training);
    }

    public ResolutionSettings withBlockingRules(List<BlockingRule> rules) {
        return new ResolutionSettings(matchThreshold, reviewThreshold, coherenceFloor, rules, maxBlockSize, window,
                includeDeleted, parallel, training);
    }

    public ResolutionSettings withCoherenceFloor(double floor) {
        return new ResolutionSettings(matchThreshold, reviewThreshold, floor, blockingRules, maxBlockSize, window,
                includeDeleted, parallel, training);
    }

    public ResolutionSettings withIncludeDeleted(boolean include) {
        return new ResolutionSettings(matchThreshold, reviewThreshold, coherenceFloor, blockingRules, maxBlockSize,
                window, include, parallel, training);
    }

    public ResolutionSettings withTraining(ModelTrainer.Settings trainingSettings) {
        return new ResolutionSettings(matchThreshold, reviewThreshold, coherenceFloor, blockingRules, maxBlockSize,
                window, includeDeleted, parallel, trainingSettings);
    }

    public Decision decide(double probability) {
        if (probability >= matchThreshold) {
            return Decision.MATCH;
        }
        return probability >= reviewThreshold ? Decision.REVIEW : Decision.NON_MATCH;
    }
}
