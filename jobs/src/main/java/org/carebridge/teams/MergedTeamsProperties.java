package org.carebridge.teams;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The merged Bexley Care teams from {@code config/teams.yml} ({@code carebridge.merged-teams}). */
@ConfigurationProperties("carebridge")
public record MergedTeamsProperties(List<MergedTeam> mergedTeams) {

    public MergedTeamsProperties {
        mergedTeams = mergedTeams == null ? List.of() : List.copyOf(mergedTeams);
    }

    /**
     * @param locality     NORTH, SOUTH, CENTRAL or BOROUGH (covering every locality)
     * @param serviceLines the service lines the team covers
     * @param clinicalLead the console user who approves the team's handovers
     * @param holdsUnknownLocality holds a borough-wide legacy team's clients whose locality is unknown
     */
    public record MergedTeam(String code, String name, String locality, List<String> serviceLines,
                             String clinicalLead, boolean holdsUnknownLocality) {
    }

    public List<String> codes() {
        return mergedTeams.stream().map(MergedTeam::code).toList();
    }
}
