package org.carebridge.identity.blocking;

/**
 * The distinct pairs to compare, as record indices packed in a sorted {@code long[]}
 * ({@code first << 32 | second}, first &lt; second), and how they were found.
 */
public record CandidatePairs(long[] packed, BlockingReport report) {

    public int size() {
        return packed.length;
    }

    public int first(int i) {
        return (int) (packed[i] >>> 32);
    }

    public int second(int i) {
        return (int) packed[i];
    }

    public static long pack(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xFFFFFFFFL);
    }
}
