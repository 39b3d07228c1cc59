package org.carebridge.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebridge.mappings.CodeLists;
import org.carebridge.mappings.MappingSet;
import org.carebridge.mappings.MappingTableSpec;
import org.carebridge.teams.MergedTeamsProperties;
import org.carebridge.teams.MergedTeamsProperties.MergedTeam;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where legacy teams land in the merged organisation: each council or Oxleas team maps to a merged team (or to
 * "by locality") and a service line; a person's merged team is then the one covering their service line and locality.
 */
public final class TeamDirectory {

    /** A legacy team's place in the merged organisation. */
    public record Placement(String mergedTeamOrByLocality, String serviceLine, String legacyLocality) {
    }

    private final List<MergedTeam> teams;
    private final Map<String, Placement> legacy = new HashMap<>();
    private final Map<String, String> oxleasStaffTeams = new HashMap<>();

    public TeamDirectory(List<MergedTeam> teams) {
        this.teams = List.copyOf(teams);
    }

    public static TeamDirectory staged(JdbcTemplate jdbc, MergedTeamsProperties config, MappingSet mappings) {
        TeamDirectory directory = new TeamDirectory(config.mergedTeams());
        jdbc.query("SELECT team_code, service_area, locality FROM stg_council_teams", rs -> {
            directory.legacy.put("COUNCIL:" + rs.getString(1), new Placement(
                    mappings.map(MappingTableSpec.COUNCIL_TEAM, rs.getString(1)).cleaned(),
                    mappings.map(MappingTableSpec.COUNCIL_SERVICE_AREA, rs.getString(2)).cleaned(), rs.getString(3)));
        });
        jdbc.query("SELECT care_prof_team_local_id, serv_team_type_mh, locality FROM stg_oxleas_teams", rs -> {
            directory.legacy.put("OXLEAS:" + rs.getString(1), new Placement(
                    mappings.map(MappingTableSpec.OXLEAS_TEAM, rs.getString(1)).cleaned(),
                    mappings.map(MappingTableSpec.OXLEAS_TEAM_TYPE, rs.getString(2)).cleaned(), rs.getString(3)));
        });
        jdbc.query("SELECT care_prof_local_id, care_prof_team_local_id FROM stg_oxleas_staff", rs -> {
            directory.oxleasStaffTeams.put(rs.getString(1), rs.getString(2));
        });
        return directory;
    }

    /** The Oxleas team a care professional works in (MHS901). */
    public Optional<String> oxleasStaffTeam(String careProfLocalId) {
        return Optional.ofNullable(careProfLocalId == null ? null : oxleasStaffTeams.get(careProfLocalId));
    }

    /** For tests: declares a legacy team's placement. */
    public TeamDirectory withLegacy(String system, String team, Placement placement) {
        legacy.put(system + ":" + team, placement);
        return this;
    }

    public Optional<Placement> placement(String system, String legacyTeam) {
        return legacyTeam == null ? Optional.empty() : Optional.ofNullable(legacy.get(system + ":" + legacyTeam));
    }

    /**
     * The merged team for a legacy team and a person's locality: the mapped team itself, or for "by locality" the
     * team covering the service line in that locality (a borough-wide team if none covers it locally).
     */
    public Optional<String> mergedTeam(String system, String legacyTeam, String personLocality) {
        return placement(system, legacyTeam).flatMap(p -> {
            if (p.mergedTeamOrByLocality() == null) {
                return Optional.empty();
            }
            if (!CodeLists.BY_LOCALITY.equals(p.mergedTeamOrByLocality())) {
                return Optional.of(p.mergedTeamOrByLocality());
            }
            String locality = personLocality != null ? personLocality : p.legacyLocality();
            return covering(p.serviceLine(), locality);
        });
    }

    /**
     * The team covering a service line in a locality; a borough-wide team if none covers it locally; for an unknown
     * locality (no usable postcode), the team configured to hold such clients until their address is traced.
     */
    public Optional<String> covering(String serviceLine, String locality) {
        if (serviceLine == null) {
            return Optional.empty();
        }
        if (locality == null || "BOROUGH".equals(locality)) {
            Optional<MergedTeam> holder = teams.stream()
                    .filter(t -> t.serviceLines().contains(serviceLine) && t.holdsUnknownLocality()).findFirst();
            if (holder.isPresent()) {
                return holder.map(MergedTeam::code);
            }
        }
        Optional<MergedTeam> local = teams.stream()
                .filter(t -> t.serviceLines().contains(serviceLine) && t.locality().equals(locality)).findFirst();
        return local.or(() -> teams.stream()
                .filter(t -> t.serviceLines().contains(serviceLine) && "BOROUGH".equals(t.locality())).findFirst())
                .map(MergedTeam::code);
    }

    public List<MergedTeam> teams() {
        return teams;
    }
}
