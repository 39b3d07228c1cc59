package org.carebridge.identity.stable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carebridge.identity.person.SourceRef;

/**
 * Gives this run's clusters their merged-person ids without renumbering anyone already migrated: a cluster
 * holding records of one existing person keeps its id (new records attach to it); a cluster with no
 * earlier records gets a newly minted id. Clustering already keeps two existing persons apart unless a
 * reviewer joined them; when a reviewer did, the id with most records stays and the others are retired.
 * When a reviewer split a person, the part with most of its records keeps the id.
 */
public final class PersonIdAssigner {

    private final PersonIdGenerator generator;

    public PersonIdAssigner(PersonIdGenerator generator) {
        this.generator = generator;
    }

    /**
     * @param clusters this run's clusters, each a list of source records (singletons included)
     * @param existing the assignment from earlier runs
     */
    public IdAssignment assign(List<List<SourceRef>> clusters, Map<SourceRef, String> existing) {
        List<List<SourceRef>> ordered = new ArrayList<>();
        for (List<SourceRef> cluster : clusters) {
            List<SourceRef> sorted = new ArrayList<>(cluster);
            sorted.sort(Comparator.naturalOrder());
            ordered.add(sorted);
        }
        ordered.sort(Comparator.comparing(c -> c.get(0)));

        // Which cluster holds most of each existing person's records keeps that person's id.
        Map<String, Integer> winner = new HashMap<>();
        Map<String, Integer> winnerCount = new HashMap<>();
        List<Map<String, Integer>> idsPerCluster = new ArrayList<>();
        for (int c = 0; c < ordered.size(); c++) {
            // Most clusters hold no earlier record: an empty map each would be a million maps at a million persons.
            Map<String, Integer> ids = Map.of();
            for (SourceRef ref : ordered.get(c)) {
                String id = existing.get(ref);
                if (id != null) {
                    if (ids.isEmpty()) {
                        ids = new TreeMap<>();
                    }
                    ids.merge(id, 1, Integer::sum);
                }
            }
            idsPerCluster.add(ids);
            for (Map.Entry<String, Integer> e : ids.entrySet()) {
                if (e.getValue() > winnerCount.getOrDefault(e.getKey(), 0)) {
                    winner.put(e.getKey(), c);
                    winnerCount.put(e.getKey(), e.getValue());
                }
            }
        }

        Set<String> used = new HashSet<>(existing.values());
        Map<SourceRef, String> assignment = new TreeMap<>();
        Map<String, String> retiredTo = new TreeMap<>();
        List<MergedPerson> persons = new ArrayList<>();
        List<IdConflict> conflicts = new ArrayList<>();
        Set<SourceRef> seen = new HashSet<>();
        for (int c = 0; c < ordered.size(); c++) {
            List<SourceRef> cluster = ordered.get(c);
            Map<String, Integer> ids = idsPerCluster.get(c);
            List<String> won = new ArrayList<>();
            for (String id : ids.keySet()) {
                if (winner.get(id) == c) {
                    won.add(id);
                }
            }
            won.sort(Comparator.<String, Integer>comparing(ids::get).reversed().thenComparing(Comparator.naturalOrder()));
            String personId;
            MergedPerson.Origin origin;
            if (won.isEmpty()) {
                personId = mint(used);
                origin = MergedPerson.Origin.NEW;
                if (!ids.isEmpty()) {
                    conflicts.add(new IdConflict(IdConflict.Kind.EXISTING_PERSON_SPLIT,
                            List.copyOf(new TreeSet<>(ids.keySet())), cluster));
                }
            } else {
                personId = won.get(0);
                boolean allKnown = cluster.stream().allMatch(ref -> personId.equals(existing.get(ref)));
                origin = allKnown ? MergedPerson.Origin.UNCHANGED : MergedPerson.Origin.EXTENDED;
                if (won.size() > 1) {
                    for (String retired : won.subList(1, won.size())) {
                        retiredTo.put(retired, personId);
                    }
                    conflicts.add(new IdConflict(IdConflict.Kind.EXISTING_PERSONS_MERGED, won, cluster));
                }
            }
            for (SourceRef ref : cluster) {
                if (!seen.add(ref)) {
                    throw new IllegalArgumentException("record " + ref + " is in more than one cluster");
                }
                assignment.put(ref, personId);
            }
            persons.add(new MergedPerson(personId, cluster, origin));
        }
        // Records of earlier runs that this run did not read keep their person.
        for (Map.Entry<SourceRef, String> e : new TreeMap<>(existing).entrySet()) {
            if (!assignment.containsKey(e.getKey())) {
                assignment.put(e.getKey(), retiredTo.getOrDefault(e.getValue(), e.getValue()));
            }
        }
        return new IdAssignment(new TreeMap<>(assignment), persons, List.copyOf(retiredTo.keySet()), conflicts);
    }

    private String mint(Set<String> used) {
        String id = generator.next();
        int attempts = 0;
        while (id == null || !used.add(id)) {
            if (++attempts > 1_000_000) {
                throw new IllegalStateException("the person id generator keeps returning ids already in use");
            }
            id = generator.next();
        }
        return id;
    }
}
