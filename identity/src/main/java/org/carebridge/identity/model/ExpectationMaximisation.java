package org.carebridge.identity.model;

import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;

/**
 * Estimates m probabilities and the match share by expectation-maximisation over pattern counts, with u
 * held fixed (u comes from random pairs, which are nearly all different people). Only the fields marked
 * for estimation take part: a training session blocked on a field says nothing about that field.
 *
 * <p>The M-step adds {@code priorStrength} pseudo-matches spread as the prior m, so that a level no
 * match in the session shows keeps a small m instead of zero (which would forbid it for ever).
 */
final class ExpectationMaximisation {

    record Result(double[][] m, double lambda, int iterations, boolean converged, double expectedMatches) {
    }

    private final int maxIterations;
    private final double tolerance;
    private final double priorStrength;

    ExpectationMaximisation(int maxIterations, double tolerance, double priorStrength) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.priorStrength = priorStrength;
    }

    Result run(PatternCounts data, double[][] u, double[][] prior, double lambdaStart, boolean[] estimate) {
        int[] patterns = data.patterns();
        long[] counts = new long[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            counts[i] = data.count(patterns[i]);
        }
        Field[] fields = Field.values();
        double[][] m = FellegiSunterModel.deepCopy(prior);
        double lambda = lambdaStart;
        int iteration = 0;
        boolean converged = false;
        double expected = 0;
        while (iteration < maxIterations && !converged) {
            iteration++;
            double[][] matchMass = new double[fields.length][];
            for (Field f : fields) {
                matchMass[f.ordinal()] = new double[f.levels()];
            }
            expected = 0;
            for (int i = 0; i < patterns.length; i++) {
                double logMatch = Math.log(lambda);
                double logNonMatch = Math.log(1 - lambda);
                for (Field f : fields) {
                    int level = ComparisonVector.level(patterns[i], f);
                    if (estimate[f.ordinal()] && level != Field.MISSING) {
                        logMatch += Math.log(m[f.ordinal()][level]);
                        logNonMatch += Math.log(u[f.ordinal()][level]);
                    }
                }
                double posterior = 1.0 / (1.0 + Math.exp(logNonMatch - logMatch));
                double mass = posterior * counts[i];
                expected += mass;
                for (Field f : fields) {
                    matchMass[f.ordinal()][ComparisonVector.level(patterns[i], f)] += mass;
                }
            }
            double change = 0;
            for (Field f : fields) {
                if (!estimate[f.ordinal()]) {
                    continue;
                }
                double[] mass = matchMass[f.ordinal()];
                double present = 0;
                for (int level = 1; level < mass.length; level++) {
                    present += mass[level];
                }
                for (int level = 1; level < mass.length; level++) {
                    double updated = (mass[level] + priorStrength * prior[f.ordinal()][level]) / (present + priorStrength);
                    change = Math.max(change, Math.abs(updated - m[f.ordinal()][level]));
                    m[f.ordinal()][level] = updated;
                }
            }
            double updatedLambda = Math.min(Math.max(expected / data.total(), 1e-9), 1 - 1e-9);
            double lambdaChange = Math.abs(updatedLambda - lambda) / lambda;
            lambda = updatedLambda;
            converged = change < tolerance && lambdaChange < tolerance * 10;
        }
        return new Result(m, lambda, iteration, converged, expected);
    }
}
