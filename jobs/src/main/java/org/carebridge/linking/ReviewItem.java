package org.carebridge.linking;

import java.util.Optional;
import org.carebridge.identity.person.SourceRef;

/**
 * A pair of the latest run (normally one awaiting review) as the queue lists it: ids, the model's figures
 * and the evidence (agreement levels, never values), the persons the two records hold if any, and a
 * decision recorded since that run (applied by the next run).
 *
 * @param tier             {@code 1}, {@code 2}, {@code 3}, {@code clerical}, {@code source_merge} or {@code cluster}
 * @param leftPerson       the left record's person, empty while it has none
 * @param decidedSinceRun  a decision recorded after the run that listed the pair
 */
public record ReviewItem(SourceRef left, SourceRef right, String decision, double matchProbability,
                         double matchWeight, String tier, String evidence, long runId, Optional<String> leftPerson,
                         Optional<String> rightPerson, Optional<RecordedDecision> decidedSinceRun) {

    public boolean awaitingDecision() {
        return "REVIEW".equals(decision) && decidedSinceRun.isEmpty();
    }
}
