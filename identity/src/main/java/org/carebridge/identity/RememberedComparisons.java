package org.carebridge.identity;

/**
 * Comparisons that remember the latest candidate set's vectors, so that resolving the same records again (same
 * fingerprint) does not compare them again: see {@link PairComparisons#rememberingLatest}.
 */
final class RememberedComparisons implements PairComparisons {

    private final PairComparisons delegate;
    private String fingerprint;
    private int[] vectors;

    RememberedComparisons(PairComparisons delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized int[] compareAll(CandidateSet candidates) {
        String wanted = candidates.fingerprint();
        if (!wanted.equals(fingerprint)) {
            vectors = null; // the old vectors' memory is free before the new ones are made
            vectors = delegate.compareAll(candidates);
            fingerprint = wanted;
        }
        return vectors; // not a copy: the resolver only reads them, and a copy could be hundreds of megabytes
    }
}
