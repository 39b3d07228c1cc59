package org.carebridge.identity.model;

import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;

/**
 * Match weight of a compared pair: the model's weight with term-frequency adjustment on every exactly
 * agreeing field that has it: log2(u_exact / frequency of the agreeing value) is added, so the exact
 * level's u is in effect replaced by how common the value is.
 */
public final class PairScorer {

    /** Shared copy: {@code values()} allocates, and this runs per pair. */
    private static final Field[] FIELDS = Field.values();

    private final FellegiSunterModel model;
    private final TermFrequencies frequencies;

    public PairScorer(FellegiSunterModel model, TermFrequencies frequencies) {
        this.model = model;
        this.frequencies = frequencies;
    }

    public FellegiSunterModel model() {
        return model;
    }

    public PairScorer withModel(FellegiSunterModel other) {
        return new PairScorer(other, frequencies);
    }

    /** The evidence of the pair's fields in bits, without the prior. */
    public double log2BayesFactor(int vector, int a, int b) {
        double sum = model.log2BayesFactor(vector);
        for (Field field : FIELDS) {
            if (field.termFrequencyAdjusted() && ComparisonVector.level(vector, field) == Field.EXACT) {
                double fa = frequencies.log2Frequency(field, a);
                double fb = frequencies.log2Frequency(field, b);
                double common = Double.isNaN(fa) ? fb : Double.isNaN(fb) ? fa : Math.max(fa, fb);
                if (!Double.isNaN(common)) {
                    sum += TermFrequencies.log2(model.u(field, Field.EXACT)) - common;
                }
            }
        }
        return sum;
    }

    public double matchWeight(int vector, int a, int b) {
        return model.priorWeight() + log2BayesFactor(vector, a, b);
    }
}
