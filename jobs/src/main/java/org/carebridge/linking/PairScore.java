package org.carebridge.linking;

import java.util.Locale;

/**
 * Pairwise accuracy of MATCH decisions against an answer key.
 *
 * @param truePairs      pairs the answer key says are one person, among records that took part
 * @param outOfScope     true pairs left out because a record did not take part (unparseable, repeated key, deleted)
 * @param predicted      pairs decided MATCH
 * @param correct        pairs decided MATCH that are true
 * @param trueInReview   true pairs decided REVIEW (neither counted right nor wrong: a person decides)
 */
public record PairScore(String what, long truePairs, long outOfScope, long predicted, long correct,
                        long trueInReview) {

    public double precision() {
        return predicted == 0 ? 1.0 : (double) correct / predicted;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correct / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String line() {
        return String.format(Locale.ROOT, "%s: precision %.4f recall %.4f F1 %.4f (MATCH %d, true pairs %d,"
                        + " correct %d; true pairs in review %d; true pairs out of scope %d)", what, precision(), recall(),
                f1(), predicted, truePairs, correct, trueInReview, outOfScope);
    }
}
