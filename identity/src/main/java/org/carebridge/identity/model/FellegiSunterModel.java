package org.carebridge.identity.model;

import java.util.Arrays;
import java.util.Locale;
import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;

/**
 * A Fellegi–Sunter model: per field and comparison level, m (the chance of that level among pairs of the
 * same person) and u (among pairs of different people), and λ, the chance that two records drawn at
 * random are the same person. A pair's match weight is log2(λ/(1−λ)) plus, per field with a value on
 * both sides, log2(m/u); its match probability is 2^w / (1 + 2^w). Immutable.
 */
public final class FellegiSunterModel {

    /** Shared copy: {@code values()} allocates, and this runs per pair. */
    private static final Field[] FIELDS = Field.values();

    private final double[][] m;
    private final double[][] u;
    private final double lambda;
    private final double[][] log2BayesFactors;

    public FellegiSunterModel(double[][] m, double[][] u, double lambda) {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda must lie strictly between 0 and 1");
        }
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.lambda = lambda;
        this.log2BayesFactors = new double[Field.values().length][];
        for (Field field : FIELDS) {
            double[] factors = new double[field.levels()];
            for (int level = 1; level < field.levels(); level++) {
                factors[level] = TermFrequencies.log2(m(field, level) / u(field, level));
            }
            log2BayesFactors[field.ordinal()] = factors;
        }
    }

    public double m(Field field, int level) {
        return m[field.ordinal()][level];
    }

    public double u(Field field, int level) {
        return u[field.ordinal()][level];
    }

    public double lambda() {
        return lambda;
    }

    public FellegiSunterModel withLambda(double newLambda) {
        return new FellegiSunterModel(m, u, newLambda);
    }

    /** log2(λ/(1−λ)): the weight of a pair about which nothing is known. */
    public double priorWeight() {
        return TermFrequencies.log2(lambda / (1 - lambda));
    }

    /** log2(m/u) of one field's level; 0 for the missing level. */
    public double log2BayesFactor(Field field, int level) {
        return log2BayesFactors[field.ordinal()][level];
    }

    /** The sum of the fields' log2 Bayes factors, without the prior and without term-frequency adjustment. */
    public double log2BayesFactor(int vector) {
        double sum = 0;
        for (Field field : FIELDS) {
            sum += log2BayesFactors[field.ordinal()][ComparisonVector.level(vector, field)];
        }
        return sum;
    }

    public static double probability(double matchWeight) {
        return 1.0 / (1.0 + Math.pow(2, -matchWeight));
    }

    /** The parameters as a table, for reports: no personal data. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "lambda=%.3e (prior weight %.2f)%n", lambda, priorWeight()));
        for (Field field : FIELDS) {
            for (int level = 1; level < field.levels(); level++) {
                out.append(String.format(Locale.ROOT, "  %-9s %-18s m=%.4f u=%.6f w=%+.2f%n", field.key(),
                        field.label(level), m(field, level), u(field, level), log2BayesFactor(field, level)));
            }
        }
        return out.toString();
    }

    static double[][] deepCopy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = Arrays.copyOf(values[i], values[i].length);
        }
        return copy;
    }
}
