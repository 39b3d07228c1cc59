package org.carebridge.identity.stable;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carebridge.identity.person.SourceRef;

/**
 * The assignment after a run: every source record (of this run, and those of earlier runs not read this
 * time) with its merged-person id, the persons, the ids retired by reviewers' merges, and conflicts.
 */
public record IdAssignment(SortedMap<SourceRef, String> assignment, List<MergedPerson> persons,
                           List<String> retiredIds, List<IdConflict> conflicts) {

    public IdAssignment {
        assignment = new TreeMap<>(assignment);
        persons = List.copyOf(persons);
        retiredIds = List.copyOf(retiredIds);
        conflicts = List.copyOf(conflicts);
    }

    public String personOf(SourceRef record) {
        return assignment.get(record);
    }
}
