package org.carebridge.wave;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.carebridge.wave.WavesProperties.Selector;
import org.carebridge.wave.WavesProperties.Wave;

/** Decides whether a wave's selectors match a legacy record: every criterion given must share a value with it. */
final class CohortSelector {

    private CohortSelector() {
    }

    static boolean matches(Wave wave, Collection<RecordFacts> records) {
        for (Selector selector : wave.selectors()) {
            for (RecordFacts record : records) {
                if (matches(selector, record)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean matches(Selector selector, RecordFacts record) {
        boolean anyCriterion = !selector.councilServiceAreas().isEmpty() || !selector.legacyTeams().isEmpty()
                || !selector.localities().isEmpty() || !selector.mhsdsTeamTypes().isEmpty();
        return anyCriterion
                && shares(selector.councilServiceAreas(), record.serviceAreas())
                && shares(selector.legacyTeams(), record.teams())
                && shares(selector.localities(), record.localities())
                && shares(selector.mhsdsTeamTypes(), record.teamTypes());
    }

    /** An empty criterion places no condition; otherwise some listed value must be among the record's. */
    private static boolean shares(List<String> wanted, Set<String> has) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String value : wanted) {
            if (has.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
