package org.carebridge.identity.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;
import org.carebridge.identity.compare.PairComparator;
import org.carebridge.identity.normalise.NormalisedPerson;

/**
 * Estimates a {@link FellegiSunterModel} from the run's own records, the way Splink does:
 * <ol>
 *   <li>u from pairs drawn at random (nearly all different people); the exact level's u from the value
 *       frequencies, which is exact rather than sampled;</li>
 *   <li>m by EM in training sessions, each over the pairs that agree on a blocking key (date of birth;
 *       forename and surname) and estimating only the fields outside that key, then averaged;</li>
 *   <li>λ later, by {@link #calibrateLambda}, from the candidate pairs' own evidence.</li>
 * </ol>
 * Deterministic for a given seed and input order.
 */
public final class ModelTrainer {

    /** Shared copy: {@code values()} allocates, and this runs per pair. */
    private static final Field[] FIELDS = Field.values();

    /**
     * @param randomPairs       pairs sampled for u
     * @param maxSessionPairs   pairs an EM session uses at most (sampled beyond)
     * @param maxBlockSize      session blocks larger than this are left out (placeholder dates and the like)
     * @param minSessionMatches a session whose expected matches fall below this teaches nothing
     * @param priorStrength     pseudo-matches added to each M-step
     */
    public record Settings(int randomPairs, int maxSessionPairs, int maxBlockSize, double minSessionMatches,
                           double priorStrength, int maxIterations, double tolerance, long seed) {

        public static Settings defaults() {
            return new Settings(400_000, 1_000_000, 1_000, 30, 2.0, 200, 1e-5, 20_240_601L);
        }
    }

    /** The trained model with term frequencies, and how it was obtained. */
    public record Trained(PairScorer scorer, TrainingReport report) {
    }

    private record Session(String name, Function<NormalisedPerson, String> key, Set<Field> blocked) {
    }

    private static final List<Session> SESSIONS = List.of(
            new Session("dob", NormalisedPerson::dateOfBirthDigits, EnumSet.of(Field.DATE_OF_BIRTH)),
            // Gender follows the forename, so it is not learnt where forenames agree by construction.
            new Session("forename+surname",
                    p -> p.forename() == null || p.surname() == null ? null : p.forename() + "|" + p.surname(),
                    EnumSet.of(Field.FORENAME, Field.SURNAME, Field.GENDER)));

    private final PairComparator comparator;
    private final Settings settings;

    public ModelTrainer(PairComparator comparator, Settings settings) {
        this.comparator = comparator;
        this.settings = settings;
    }

    /** Trains on {@code people}, whose {@code index()} must be their position in the list. */
    public Trained train(List<NormalisedPerson> people) {
        TermFrequencies frequencies = TermFrequencies.count(people);
        long[] sampled = new long[1];
        double[][] u = estimateU(people, frequencies, sampled);
        double[][] prior = ModelDefaults.m();
        double[][] sum = new double[Field.values().length][];
        int[] sessionsPerField = new int[Field.values().length];
        for (Field f : FIELDS) {
            sum[f.ordinal()] = new double[f.levels()];
        }
        ExpectationMaximisation em = new ExpectationMaximisation(settings.maxIterations(), settings.tolerance(),
                settings.priorStrength());
        List<TrainingReport.Session> reports = new ArrayList<>();
        for (Session session : SESSIONS) {
            PatternCounts counts = sessionPatterns(people, session);
            boolean[] estimate = new boolean[Field.values().length];
            for (Field f : FIELDS) {
                estimate[f.ordinal()] = !session.blocked().contains(f);
            }
            if (counts.total() == 0) {
                reports.add(new TrainingReport.Session(session.name(), 0, 0, 0, 0, false, false));
                continue;
            }
            ExpectationMaximisation.Result result = em.run(counts, u, prior, 0.5, estimate);
            boolean used = result.expectedMatches() >= settings.minSessionMatches();
            reports.add(new TrainingReport.Session(session.name(), counts.total(), counts.distinctPatterns(),
                    result.expectedMatches(), result.iterations(), result.converged(), used));
            if (!used) {
                continue;
            }
            for (Field f : FIELDS) {
                if (estimate[f.ordinal()]) {
                    sessionsPerField[f.ordinal()]++;
                    for (int level = 1; level < f.levels(); level++) {
                        sum[f.ordinal()][level] += result.m()[f.ordinal()][level];
                    }
                }
            }
        }
        double[][] m = ModelDefaults.m();
        for (Field f : FIELDS) {
            int n = sessionsPerField[f.ordinal()];
            if (n > 0) {
                for (int level = 1; level < f.levels(); level++) {
                    m[f.ordinal()][level] = sum[f.ordinal()][level] / n;
                }
            }
        }
        double lambda = initialLambda(people.size());
        FellegiSunterModel model = new FellegiSunterModel(m, u, lambda);
        return new Trained(new PairScorer(model, frequencies),
                new TrainingReport(sampled[0], reports, lambda, 0));
    }

    /**
     * Settles λ so that the expected number of matches among all pairs equals the sum of the candidate
     * pairs' match probabilities under that λ (pairs outside the candidates are taken as different
     * people). The fixed point is unique; iteration runs on a histogram of the candidates' evidence.
     *
     * @param log2BayesFactors each candidate pair's evidence in bits, without the prior
     * @param totalPairs       all pairs of the run's records, n(n−1)/2
     */
    public static double[] calibrateLambda(double[] log2BayesFactors, double totalPairs, double start) {
        EvidenceHistogram histogram = new EvidenceHistogram();
        for (double f : log2BayesFactors) {
            histogram.add(f);
        }
        return calibrateLambda(histogram, totalPairs, start);
    }

    /** As {@link #calibrateLambda(double[], double, double)}, from the pairs' evidence already counted. */
    public static double[] calibrateLambda(EvidenceHistogram histogram, double totalPairs, double start) {
        double[][] bitsAndCounts = histogram.bitsAndCounts();
        double[] bits = bitsAndCounts[0];
        double[] counts = bitsAndCounts[1];
        double lambda = Math.min(Math.max(start, 1e-12), 0.5);
        int iteration = 0;
        while (iteration < 500) {
            iteration++;
            double prior = TermFrequencies.log2(lambda / (1 - lambda));
            double expected = 0;
            for (int k = 0; k < bits.length; k++) {
                expected += counts[k] * FellegiSunterModel.probability(prior + bits[k]);
            }
            double updated = Math.min(Math.max(expected / totalPairs, 1e-12), 0.5);
            boolean done = Math.abs(updated - lambda) <= lambda * 1e-6;
            lambda = updated;
            if (done) {
                break;
            }
        }
        return new double[] {lambda, iteration};
    }

    /** A starting λ: about one match per record among all pairs. */
    static double initialLambda(int records) {
        double pairs = Math.max(1.0, records * (records - 1) / 2.0);
        return Math.min(0.5, Math.max(1e-12, records / 2.0 / pairs));
    }

    private double[][] estimateU(List<NormalisedPerson> people, TermFrequencies frequencies, long[] sampled) {
        double[][] u = ModelDefaults.u();
        int n = people.size();
        if (n < 2) {
            return u;
        }
        long[][] counts = new long[Field.values().length][];
        for (Field f : FIELDS) {
            counts[f.ordinal()] = new long[f.levels()];
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        long allPairs = (long) n * (n - 1) / 2;
        long samples = Math.min(settings.randomPairs(), allPairs);
        for (long s = 0; s < samples; s++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n - 1);
            if (b >= a) {
                b++;
            }
            int vector = comparator.compare(people.get(a), people.get(b));
            for (Field f : FIELDS) {
                counts[f.ordinal()][ComparisonVector.level(vector, f)]++;
            }
        }
        sampled[0] = samples;
        for (Field f : FIELDS) {
            long[] c = counts[f.ordinal()];
            double exact = frequencies.exactAgreement(f);
            if (exact <= 0) {
                exact = u[f.ordinal()][Field.EXACT];
            }
            double rest = 0;
            for (int level = Field.EXACT + 1; level < f.levels(); level++) {
                rest += c[level] + 0.5;
            }
            u[f.ordinal()][Field.EXACT] = exact;
            for (int level = Field.EXACT + 1; level < f.levels(); level++) {
                u[f.ordinal()][level] = (1 - exact) * (c[level] + 0.5) / rest;
            }
        }
        return u;
    }

    private PatternCounts sessionPatterns(List<NormalisedPerson> people, Session session) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (NormalisedPerson p : people) {
            String key = session.key().apply(p);
            if (key != null) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(p.index());
            }
        }
        List<List<Integer>> usable = new ArrayList<>();
        long pairs = 0;
        for (List<Integer> block : new TreeMap<>(blocks).values()) {
            if (block.size() > 1 && block.size() <= settings.maxBlockSize()) {
                usable.add(block);
                pairs += (long) block.size() * (block.size() - 1) / 2;
            }
        }
        double keep = pairs <= settings.maxSessionPairs() ? 1.0 : (double) settings.maxSessionPairs() / pairs;
        SplittableRandom random = new SplittableRandom(settings.seed() ^ session.name().hashCode());
        PatternCounts counts = new PatternCounts();
        for (List<Integer> block : usable) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    if (keep < 1.0 && random.nextDouble() >= keep) {
                        continue;
                    }
                    counts.add(comparator.compare(people.get(block.get(i)), people.get(block.get(j))));
                }
            }
        }
        return counts;
    }
}
