package org.carebridge.linking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity resolution inside the application ({@code carebridge.identity.*}).
 *
 * @param compareRanges ranges the candidate pairs are split into when they are compared by the partitioned job
 *                      (with remote partitioning on: one partition per range, spread over the workers); 0 means one
 *                      per CPU core. Ranges never exceed {@link #MAX_PAIRS_PER_RANGE} pairs, so more are made when
 *                      there are many pairs.
 */
@ConfigurationProperties("carebridge.identity")
public record IdentityProperties(int compareRanges) {

    /** A range's comparisons travel as one row of 4 bytes a pair: 16 MB at most. */
    static final int MAX_PAIRS_PER_RANGE = 4_000_000;

    public IdentityProperties {
        compareRanges = compareRanges <= 0 ? Runtime.getRuntime().availableProcessors() : compareRanges;
    }

    /** How many ranges {@code pairs} candidate pairs are split into. */
    int rangesFor(long pairs) {
        long needed = (pairs + MAX_PAIRS_PER_RANGE - 1) / MAX_PAIRS_PER_RANGE;
        return (int) Math.max(1, Math.min(Math.max(compareRanges, needed), Math.max(1, pairs)));
    }
}
