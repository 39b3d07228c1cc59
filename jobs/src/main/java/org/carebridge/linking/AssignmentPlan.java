package org.carebridge.linking;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carebridge.identity.PairDecision;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.stable.IdConflict;
import org.carebridge.identity.stable.MergedPerson;

/**
 * What one run adds to the stable assignment. Existing rows are never changed: a merge or split of existing
 * persons that the resolution proposes is left to the conflict report. New records whose person is still in
 * doubt are <em>held</em> (given no person yet): a new record in a review pair with every new record of its
 * merged person, and the new records of a merged person named in a conflict. Holding them is what lets a reviewer's
 * later decision take effect without renumbering anyone: once decided, the next run assigns them where the
 * decision puts them. A review pair between two records that both already have persons holds nothing,
 * because no decision could move them any more.
 *
 * @param inserts          new rows: source record → person id
 * @param held             new records given no person this run
 * @param newPersons       person ids minted this run (and persisted)
 * @param attachedRecords  new records added to a person that existed before this run
 */
record AssignmentPlan(SortedMap<SourceRef, String> inserts, SortedSet<SourceRef> held, SortedSet<String> newPersons,
                      int attachedRecords) {

    static AssignmentPlan of(Resolution resolution, Map<SourceRef, String> existing) {
        Set<SourceRef> doubtful = new HashSet<>();
        for (PairDecision p : resolution.reviewQueue()) {
            for (SourceRef ref : new SourceRef[] {p.left(), p.right()}) {
                if (!existing.containsKey(ref)) {
                    doubtful.add(ref);
                }
            }
        }
        for (IdConflict c : resolution.conflicts()) {
            doubtful.addAll(c.records());
        }
        Set<String> existingIds = new HashSet<>(existing.values());
        SortedMap<SourceRef, String> inserts = new TreeMap<>();
        SortedSet<SourceRef> held = new TreeSet<>();
        SortedSet<String> minted = new TreeSet<>();
        int attached = 0;
        for (MergedPerson person : resolution.persons()) {
            boolean hold = person.members().stream().anyMatch(doubtful::contains);
            for (SourceRef ref : person.members()) {
                if (existing.containsKey(ref)) {
                    continue;
                }
                if (hold) {
                    held.add(ref);
                } else {
                    inserts.put(ref, person.personId());
                    if (existingIds.contains(person.personId())) {
                        attached++;
                    } else {
                        minted.add(person.personId());
                    }
                }
            }
        }
        return new AssignmentPlan(inserts, held, minted, attached);
    }
}
