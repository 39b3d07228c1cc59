package org.carebridge.identity;

/**
 * Where a resolution's candidate pairs are compared. By default on this process's cores
 * ({@link #IN_PROCESS}); an integrator may instead hand ranges of pairs to other processes, each of which builds the
 * same {@link CandidateSet} from the same records and compares its range. Whatever the split, the result must be
 * what {@link CandidateSet#compare(int, int)} gives for all pairs: the resolution does not depend on where it was
 * computed.
 */
@FunctionalInterface
public interface PairComparisons {

    /** Every pair compared here. */
    PairComparisons IN_PROCESS = candidates -> candidates.compare(0, candidates.size());

    /** One comparison vector per candidate pair, in the set's pair order. */
    int[] compareAll(CandidateSet candidates);

    /**
     * {@code delegate}, remembering the latest candidate set's vectors: a resolution done again over exactly the same
     * records (because it was overtaken before it could be saved, say) is not compared again. Holds one set's vectors
     * (4 bytes a pair) for as long as it is kept.
     */
    static PairComparisons rememberingLatest(PairComparisons delegate) {
        return new RememberedComparisons(delegate);
    }
}
