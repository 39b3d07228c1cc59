package org.carebridge.wave;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.wave.WavePlan.Assignment;
import org.carebridge.wave.WavesProperties.Wave;

/**
 * Puts every merged person in exactly one wave: the first wave, by order, whose selectors match any of their legacy
 * records. A person who has already cut over stays in their wave. A person whose only matching waves have already
 * cut over joins the first wave still to run, as a late joiner.
 */
final class WavePlanner {

    private final List<Wave> waves;

    WavePlanner(List<Wave> waves) {
        this.waves = waves;
    }

    /**
     * @param members      people already cut over, and their wave
     * @param cutOverWaves waves whose live load has happened (new people no longer join them)
     */
    WavePlan plan(Map<String, List<SourceRef>> persons, Map<SourceRef, RecordFacts> facts,
                  Map<String, String> members, Set<String> cutOverWaves) {
        Map<String, Assignment> assignments = new TreeMap<>();
        Set<String> unassigned = new HashSet<>();
        String firstOpenWave = waves.stream().map(Wave::code).filter(w -> !cutOverWaves.contains(w)).findFirst()
                .orElse(null);
        persons.forEach((person, records) -> {
            List<RecordFacts> recordFacts = records.stream().map(facts::get).filter(f -> f != null).toList();
            List<String> matched = new ArrayList<>();
            for (Wave wave : waves) {
                if (CohortSelector.matches(wave, recordFacts)) {
                    matched.add(wave.code());
                }
            }
            String member = members.get(person);
            if (member != null) {
                assignments.put(person, new Assignment(member, List.copyOf(matched), false));
            } else if (matched.isEmpty()) {
                unassigned.add(person);
            } else if (cutOverWaves.contains(matched.get(0))) {
                String open = matched.stream().filter(w -> !cutOverWaves.contains(w)).findFirst().orElse(firstOpenWave);
                if (open == null) {
                    unassigned.add(person);
                } else {
                    assignments.put(person, new Assignment(open, List.copyOf(matched), true));
                }
            } else {
                assignments.put(person, new Assignment(matched.get(0), List.copyOf(matched), false));
            }
        });
        return new WavePlan(assignments, unassigned);
    }
}
