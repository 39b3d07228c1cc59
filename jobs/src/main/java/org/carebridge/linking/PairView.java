package org.carebridge.linking;

import java.util.Optional;

/**
 * Two staged records side by side for a reviewer, with what the latest run made of them and the latest
 * decision about them. Holds personal data: for the reviewer's eyes, never for logs ({@link #toString()}
 * names ids only).
 */
public record PairView(RecordFields left, RecordFields right, Optional<String> leftPerson,
                       Optional<String> rightPerson, Optional<ReviewItem> pair,
                       Optional<RecordedDecision> latestDecision) {

    @Override
    public String toString() {
        return "PairView[" + left.ref() + " " + right.ref() + "]";
    }
}
