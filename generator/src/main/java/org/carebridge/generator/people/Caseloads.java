package org.carebridge.generator.people;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.generator.teams.CouncilTeam;
import org.carebridge.generator.teams.OxleasTeam;

/**
 * Open caseloads per legacy team and per merged team, counted in a first pass over the people so that
 * the workforce can be sized before any client row is written (about 25 open clients per council worker,
 * 30 patients per care coordinator). Only counters are kept, never the people.
 */
public final class Caseloads {

    private final Map<CouncilTeam, Long> council = new EnumMap<>(CouncilTeam.class);
    private final Map<OxleasTeam, Long> oxleas = new EnumMap<>(OxleasTeam.class);
    private final Map<String, Long> merged = new TreeMap<>();

    public static Caseloads count(PersonFactory factory, long people) {
        Caseloads caseloads = new Caseloads();
        for (long i = 0; i < people; i++) {
            caseloads.add(factory.create(i));
        }
        return caseloads;
    }

    void add(Person person) {
        String mergedTeam = null;
        if (person.councilOpen()) {
            council.merge(person.councilTeam(), 1L, Long::sum);
            mergedTeam = mergedTeamOf(person.councilTeam(), person.home().locality());
        }
        if (person.oxleasOpen()) {
            oxleas.merge(person.oxleasTeam(), 1L, Long::sum);
            if (mergedTeam == null) {
                mergedTeam = person.oxleasTeam().mergedTeam();
            }
        }
        if (mergedTeam != null) {
            merged.merge(mergedTeam, 1L, Long::sum);
        }
    }

    /** The merged team a council client of {@code team} living in {@code locality} moves to. */
    public static String mergedTeamOf(CouncilTeam team, Locality locality) {
        if (team.mergedTeam() != null) {
            return team.mergedTeam();
        }
        return switch (locality) {
            case NORTH -> "BC-ADN";
            case CENTRAL -> "BC-ADC";
            case SOUTH -> "BC-ADS";
        };
    }

    public long open(CouncilTeam team) {
        return council.getOrDefault(team, 0L);
    }

    public long open(OxleasTeam team) {
        return oxleas.getOrDefault(team, 0L);
    }

    /** Open clients each merged team will hold, people known to both systems counted once. */
    public Map<String, Long> openByMergedTeam() {
        return merged;
    }
}
