package org.carebridge.linking;

import java.util.List;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.stable.IdConflict;

/** A change to existing persons the latest run proposed, reported and not applied. */
public record StoredConflict(long runId, IdConflict.Kind kind, List<String> personIds, List<SourceRef> records) {

    public StoredConflict {
        personIds = List.copyOf(personIds);
        records = List.copyOf(records);
    }
}
