package org.carebridge.wave;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which wave each merged person belongs to.
 *
 * @param assignments person → assignment
 * @param unassigned  people no wave's selectors match
 */
public record WavePlan(Map<String, Assignment> assignments, Set<String> unassigned) {

    /**
     * @param wave         the wave the person belongs to
     * @param matchedWaves every wave whose selectors match them (more than one is a conflict, settled by order)
     * @param lateJoiner   the only matching waves had already cut over, so the person joins the next wave to run
     */
    public record Assignment(String wave, List<String> matchedWaves, boolean lateJoiner) {
        public boolean conflict() {
            return matchedWaves.size() > 1;
        }
    }

    public Set<String> cohort(String wave) {
        return assignments.entrySet().stream().filter(e -> e.getValue().wave().equals(wave)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    public long conflicts() {
        return assignments.values().stream().filter(Assignment::conflict).count();
    }
}
