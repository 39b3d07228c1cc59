package org.carebridge.linking;

import org.carebridge.identity.review.ClericalDecision;

/**
 * A reviewer's decision as stored: the library's decision (the two records in canonical order, verdict, who,
 * when) with its id and the reviewer's reason.
 */
public record RecordedDecision(long decisionId, ClericalDecision decision, String reason) {
}
