package org.carebridge.wave;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carebridge.wave.PersonFactsStream.PersonFacts;
import org.carebridge.wave.WavesProperties.Wave;

/**
 * Puts every merged person in exactly one wave: the first wave, by order, whose selectors match any of their legacy
 * records. A person who has already cut over stays in their wave. A person whose only matching waves have already
 * cut over joins the first wave still to run, as a late joiner. Decides one person at a time, so that planning
 * never needs everyone at once.
 */
final class WavePlanner {

    private final List<Wave> waves;
    private final Set<String> cutOverWaves;
    private final String firstOpenWave;

    /** @param cutOverWaves waves whose live load has happened (new people no longer join them) */
    WavePlanner(List<Wave> waves, Set<String> cutOverWaves) {
        this.waves = waves;
        this.cutOverWaves = Set.copyOf(cutOverWaves);
        this.firstOpenWave = waves.stream().map(Wave::code).filter(w -> !cutOverWaves.contains(w)).findFirst()
                .orElse(null);
    }

    /** The person's wave, or {@code null} when they belong in none (no selector matches, or no wave is left). */
    WaveAssignment assign(PersonFacts person) {
        List<String> matched = new ArrayList<>();
        for (Wave wave : waves) {
            if (CohortSelector.matches(wave, person.records())) {
                matched.add(wave.code());
            }
        }
        if (person.memberOf() != null) {
            return new WaveAssignment(person.memberOf(), matched, false);
        }
        if (matched.isEmpty()) {
            return null;
        }
        if (cutOverWaves.contains(matched.get(0))) {
            String open = matched.stream().filter(w -> !cutOverWaves.contains(w)).findFirst().orElse(firstOpenWave);
            return open == null ? null : new WaveAssignment(open, matched, true);
        }
        return new WaveAssignment(matched.get(0), matched, false);
    }
}
