package org.carebridge.wave;

import java.util.List;

/**
 * The wave one merged person belongs to.
 *
 * @param wave         the wave the person belongs to
 * @param matchedWaves every wave whose selectors match them (more than one is a conflict, settled by order)
 * @param lateJoiner   the only matching waves had already cut over, so the person joins the next wave to run
 */
public record WaveAssignment(String wave, List<String> matchedWaves, boolean lateJoiner) {

    public WaveAssignment {
        matchedWaves = List.copyOf(matchedWaves);
    }

    public boolean conflict() {
        return matchedWaves.size() > 1;
    }
}
