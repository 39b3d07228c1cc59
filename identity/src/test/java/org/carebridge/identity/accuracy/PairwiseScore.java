package org.carebridge.identity.accuracy;

import java.util.Locale;
import java.util.Set;

/** Pairwise precision, recall and F1 of predicted pairs against true pairs (pairs as canonical strings). */
record PairwiseScore(long truePositives, long falsePositives, long falseNegatives) {

    static PairwiseScore of(Set<String> predicted, Set<String> truth) {
        long tp = predicted.stream().filter(truth::contains).count();
        return new PairwiseScore(tp, predicted.size() - tp, truth.size() - tp);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f (tp=%d fp=%d fn=%d)", precision(),
                recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
