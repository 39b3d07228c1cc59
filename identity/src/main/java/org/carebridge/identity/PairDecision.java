package org.carebridge.identity;

import java.util.Objects;
import org.carebridge.identity.person.SourceRef;

/**
 * The decision about one pair of source records with its evidence. The pair is in record order (council
 * before Oxleas, then by id). Evidence names agreement levels and rules, never values.
 *
 * @param matchWeight      the Fellegi–Sunter match weight in bits (prior included)
 * @param matchProbability the probability that corresponds to the weight
 */
public record PairDecision(SourceRef left, SourceRef right, Decision decision, double matchProbability,
                           double matchWeight, Tier tier, String evidence) {

    public PairDecision {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(tier, "tier");
        if (left.compareTo(right) > 0) {
            SourceRef swap = left;
            left = right;
            right = swap;
        }
    }

    /** A council record paired with an Oxleas record. */
    public boolean crossSource() {
        return left.system() != right.system();
    }
}
