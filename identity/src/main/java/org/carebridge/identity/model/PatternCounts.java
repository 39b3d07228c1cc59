package org.carebridge.identity.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.carebridge.identity.compare.ComparisonVector;

/** How many pairs showed each comparison pattern; EM works on these counts, not on the pairs. */
final class PatternCounts {

    private final Map<Integer, long[]> counts = new HashMap<>();
    private long total;

    void add(int vector) {
        add(vector, 1);
    }

    void add(int vector, long count) {
        counts.computeIfAbsent(vector & ComparisonVector.LEVEL_BITS, v -> new long[1])[0] += count;
        total += count;
    }

    long total() {
        return total;
    }

    int distinctPatterns() {
        return counts.size();
    }

    /** The patterns in ascending order (deterministic EM arithmetic). */
    int[] patterns() {
        int[] patterns = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(patterns);
        return patterns;
    }

    long count(int pattern) {
        long[] c = counts.get(pattern);
        return c == null ? 0 : c[0];
    }
}
