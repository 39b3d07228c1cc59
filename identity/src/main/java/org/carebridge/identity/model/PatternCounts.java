package org.carebridge.identity.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.carebridge.identity.compare.ComparisonVector;

/** How many pairs showed each comparison pattern; EM works on these counts, not on the pairs. */
public final class PatternCounts {

    private final Map<Integer, long[]> counts = new HashMap<>();
    private long total;

    public void add(int vector) {
        add(vector, 1);
    }

    public void add(int vector, long count) {
        counts.computeIfAbsent(vector & ComparisonVector.LEVEL_BITS, v -> new long[1])[0] += count;
        total += count;
    }

    public long total() {
        return total;
    }

    public int distinctPatterns() {
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
