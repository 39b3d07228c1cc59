package org.carebridge.handovers;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.carebridge.handover.model.Locality;
import org.carebridge.handover.model.MergedTeam;
import org.carebridge.handover.model.ServiceLine;
import org.carebridge.teams.MergedTeamsProperties;

/**
 * The merged teams of {@code config/teams.yml} as the pairing library sees them, and who leads which: a clinical
 * lead is scoped to exactly the teams whose {@code clinical-lead} they are.
 */
public final class TeamCatalogue {

    private final List<MergedTeam> teams;

    public TeamCatalogue(MergedTeamsProperties config) {
        this.teams = config.mergedTeams().stream()
                .map(t -> new MergedTeam(t.code(), Locality.valueOf(t.locality()),
                        t.serviceLines().stream().map(ServiceLine::valueOf).collect(java.util.stream.Collectors.toSet()),
                        t.clinicalLead()))
                .toList();
    }

    public List<MergedTeam> teams() {
        return teams;
    }

    public Optional<String> clinicalLeadOf(String teamCode) {
        return teams.stream().filter(t -> t.code().equals(teamCode)).map(MergedTeam::clinicalLead).findFirst();
    }

    /** Team codes the user is clinical lead of, sorted (empty for anyone else). */
    public SortedSet<String> teamsLedBy(String userId) {
        SortedSet<String> led = new TreeSet<>();
        teams.stream().filter(t -> userId.equals(t.clinicalLead())).forEach(t -> led.add(t.code()));
        return led;
    }

    /** The team that would hold a client: the local team for the service line, else a borough-wide one. */
    public Optional<String> covering(Locality locality, ServiceLine serviceLine) {
        return teams.stream().filter(t -> t.locality() == locality && t.serviceLines().contains(serviceLine))
                .findFirst()
                .or(() -> teams.stream().filter(t -> t.covers(locality, serviceLine)).findFirst())
                .map(MergedTeam::code);
    }
}
