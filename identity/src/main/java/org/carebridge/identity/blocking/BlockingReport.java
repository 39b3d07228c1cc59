package org.carebridge.identity.blocking;

import java.util.List;

/**
 * What blocking produced: per rule the blocks, the pairs it contributed before de-duplication and the
 * oversized blocks it could only window; and the distinct candidate pairs in all.
 */
public record BlockingReport(List<RuleReport> rules, long candidatePairs) {

    public BlockingReport {
        rules = List.copyOf(rules);
    }

    /**
     * @param blocks            blocks with two or more records
     * @param pairs             pairs the rule generated (some shared with other rules)
     * @param oversizedBlocks   blocks over the size limit, compared only within a sliding window
     * @param largestBlock      the largest block's size
     */
    public record RuleReport(String rule, long blocks, long pairs, long oversizedBlocks, long largestBlock) {
    }
}
