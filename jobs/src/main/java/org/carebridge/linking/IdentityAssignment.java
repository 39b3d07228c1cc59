package org.carebridge.linking;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.carebridge.identity.person.SourceRef;

/**
 * The stable assignment of source records to merged persons ({@code BC} and 8 digits), as persisted by
 * identity resolution. A record has no person while it is not staged, is deleted at source (RECORD_STATUS
 * D), or waits for a review decision (see {@link IdentityService#resolveStaged()}).
 */
public interface IdentityAssignment {

    /** The merged person a source record belongs to. */
    Optional<String> personOf(SourceRef record);

    /** Every source record of a merged person, in record order (council first, then by id). */
    List<SourceRef> recordsOf(String personId);

    /** The whole assignment, in record order. */
    SortedMap<SourceRef, String> snapshot();
}
