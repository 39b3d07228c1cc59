package org.carebridge.identity.stable;

import java.util.List;
import org.carebridge.identity.person.SourceRef;

/**
 * One merged person: its stable id and every source record it holds (provenance), in record order.
 *
 * @param origin whether the id was minted in this run, kept unchanged, or kept with records added
 */
public record MergedPerson(String personId, List<SourceRef> members, Origin origin) {

    public enum Origin {
        NEW, UNCHANGED, EXTENDED
    }

    public MergedPerson {
        members = List.copyOf(members);
    }
}
