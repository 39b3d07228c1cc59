package org.carebridge.identity.review;

import java.time.Instant;
import java.util.Objects;
import org.carebridge.identity.person.SourceRef;

/**
 * A recorded review decision about two source records, with who made it and when. The pair is kept in
 * canonical order (lower {@link SourceRef} first) so the same two records always make the same key.
 */
public record ClericalDecision(SourceRef first, SourceRef second, Verdict verdict, String decidedBy,
                               Instant decidedAt) {

    public ClericalDecision {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a decision needs two different records (" + first + ")");
        }
        if (first.compareTo(second) > 0) {
            SourceRef swap = first;
            first = second;
            second = swap;
        }
    }

    public static ClericalDecision samePerson(SourceRef a, SourceRef b, String decidedBy, Instant decidedAt) {
        return new ClericalDecision(a, b, Verdict.SAME_PERSON, decidedBy, decidedAt);
    }

    public static ClericalDecision differentPeople(SourceRef a, SourceRef b, String decidedBy, Instant decidedAt) {
        return new ClericalDecision(a, b, Verdict.DIFFERENT_PEOPLE, decidedBy, decidedAt);
    }
}
