package org.carebridge.identity.model;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many candidate pairs carry each amount of evidence (log2 Bayes factor, in hundredths of a bit): all that
 * λ's calibration needs of them. Counting instead of keeping every pair's factor saves eight bytes a pair, 360 MB
 * at 45 million pairs. Mutable; a parallel stream gives each thread its own and {@link #addAll combines} them.
 */
public final class EvidenceHistogram {

    private final Map<Long, long[]> counts = new HashMap<>();

    public void add(double log2BayesFactor) {
        counts.computeIfAbsent(Math.round(log2BayesFactor * 100), k -> new long[1])[0]++;
    }

    public void addAll(EvidenceHistogram other) {
        other.counts.forEach((bin, n) -> counts.computeIfAbsent(bin, k -> new long[1])[0] += n[0]);
    }

    /** Bins in ascending order of evidence: bits and counts, so that sums run in one fixed order. */
    double[][] bitsAndCounts() {
        TreeMap<Long, long[]> sorted = new TreeMap<>(counts);
        double[] bits = new double[sorted.size()];
        double[] n = new double[sorted.size()];
        int i = 0;
        for (Map.Entry<Long, long[]> e : sorted.entrySet()) {
            bits[i] = e.getKey() / 100.0;
            n[i++] = e.getValue()[0];
        }
        return new double[][] {bits, n};
    }
}
