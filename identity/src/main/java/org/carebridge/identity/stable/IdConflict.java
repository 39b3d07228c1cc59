package org.carebridge.identity.stable;

import java.util.List;
import org.carebridge.identity.person.SourceRef;

/**
 * A change to already-migrated persons that a person must look at: nothing here is applied silently.
 *
 * @param personIds the merged-person ids concerned
 * @param records   the source records concerned
 */
public record IdConflict(Kind kind, List<String> personIds, List<SourceRef> records) {

    public enum Kind {
        /** Matching linked records of two existing persons; they were kept apart and the pair sent to review. */
        EXISTING_PERSONS_LINKED,
        /** A same-person decision joined two existing persons; the first id stays, the others are retired. */
        EXISTING_PERSONS_MERGED,
        /** A different-people decision split an existing person; the part without the id got a new one. */
        EXISTING_PERSON_SPLIT
    }

    public IdConflict {
        personIds = List.copyOf(personIds);
        records = List.copyOf(records);
    }
}
