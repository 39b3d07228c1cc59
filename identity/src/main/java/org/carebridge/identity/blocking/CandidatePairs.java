package org.carebridge.identity.blocking;

/**
 * The distinct pairs to compare, as record indices packed in a sorted {@code long[]}
 * ({@code first << 32 | second}, first &lt; second), and how they were found.
 * <p>
 * The array may be longer than the pairs (the first {@link #size()} values): blocking merges each rule's pairs into
 * whichever buffer has room, and trimming the last one would need a second copy of every pair at once.
 */
public final class CandidatePairs {

    private final long[] packed;
    private final int size;
    private final BlockingReport report;

    public CandidatePairs(long[] packed, int size, BlockingReport report) {
        if (size < 0 || size > packed.length) {
            throw new IllegalArgumentException(size + " pairs in an array of " + packed.length);
        }
        this.packed = packed;
        this.size = size;
        this.report = report;
    }

    public int size() {
        return size;
    }

    /** The {@code i}-th pair, packed. */
    public long pair(int i) {
        return packed[java.util.Objects.checkIndex(i, size)];
    }

    public int first(int i) {
        return (int) (pair(i) >>> 32);
    }

    public int second(int i) {
        return (int) pair(i);
    }

    public BlockingReport report() {
        return report;
    }

    public static long pack(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xFFFFFFFFL);
    }
}
