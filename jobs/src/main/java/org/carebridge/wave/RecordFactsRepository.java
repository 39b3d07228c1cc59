package org.carebridge.wave;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.mappings.MappingSet;
import org.carebridge.mappings.MappingTableSpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads, in bulk from staging, the facts wave selectors look at for every legacy person record: the teams that
 * hold the person now (their current allocations or open referrals; failing those, the most recent one), those
 * teams' service areas or team types, and the localities of the person (postcode district) and their teams.
 */
@Component
public class RecordFactsRepository {

    private final JdbcTemplate jdbc;

    public RecordFactsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<SourceRef, RecordFacts> all(MappingSet mappings) {
        Map<SourceRef, Builder> facts = new HashMap<>();
        council(mappings, facts);
        oxleas(mappings, facts);
        Map<SourceRef, RecordFacts> result = new HashMap<>();
        facts.forEach((ref, builder) -> result.put(ref, builder.build(ref)));
        return result;
    }

    private void council(MappingSet mappings, Map<SourceRef, Builder> facts) {
        jdbc.query("SELECT client_id, postcode FROM stg_council_clients", rs -> {
            Builder b = facts.computeIfAbsent(new SourceRef(SourceSystem.COUNCIL, rs.getString(1)), r -> new Builder());
            addLocality(mappings, b, rs.getString(2));
        });
        jdbc.query("SELECT a.client_id, a.team_code, t.service_area, t.locality, a.start_date, a.end_date"
                + " FROM stg_council_allocations a LEFT JOIN stg_council_teams t ON t.team_code = a.team_code", rs -> {
            Builder b = facts.get(new SourceRef(SourceSystem.COUNCIL, rs.getString(1)));
            if (b != null) {
                b.offer(rs.getDate(6) == null, date(rs.getDate(5)), rs.getString(2), rs.getString(3), null,
                        rs.getString(4));
            }
        });
    }

    private void oxleas(MappingSet mappings, Map<SourceRef, Builder> facts) {
        jdbc.query("SELECT local_patient_id, postcode FROM stg_oxleas_patients", rs -> {
            Builder b = facts.computeIfAbsent(new SourceRef(SourceSystem.OXLEAS, rs.getString(1)), r -> new Builder());
            addLocality(mappings, b, rs.getString(2));
        });
        jdbc.query("SELECT r.local_patient_id, rt.care_prof_team_local_id, rt.serv_team_type_ref_to_mh, ot.locality,"
                + " r.referral_request_received_date, r.serv_disch_date, rt.refer_closure_date, rt.refer_rejection_date"
                + " FROM stg_oxleas_referrals r JOIN stg_oxleas_referral_teams rt ON rt.service_request_id ="
                + " r.service_request_id LEFT JOIN stg_oxleas_teams ot ON ot.care_prof_team_local_id ="
                + " rt.care_prof_team_local_id", rs -> {
            Builder b = facts.get(new SourceRef(SourceSystem.OXLEAS, rs.getString(1)));
            if (b != null) {
                boolean open = rs.getDate(6) == null && rs.getDate(7) == null && rs.getDate(8) == null;
                b.offer(open, date(rs.getDate(5)), rs.getString(2), null, rs.getString(3), rs.getString(4));
            }
        });
    }

    private static void addLocality(MappingSet mappings, Builder b, String postcode) {
        String locality = mappings.map(MappingTableSpec.POSTCODE_LOCALITY,
                org.carebridge.mappings.Postcodes.district(postcode)).cleaned();
        if (locality != null) {
            b.personLocalities.add(locality);
        }
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** Collects current team links; keeps the most recent past one in case there is no current one. */
    private static final class Builder {
        final Set<String> personLocalities = new HashSet<>();
        final Team current = new Team();
        final Team latestPast = new Team();
        LocalDate latestPastStart;

        void offer(boolean isCurrent, LocalDate start, String team, String serviceArea, String teamType,
                   String teamLocality) {
            if (isCurrent) {
                current.add(team, serviceArea, teamType, teamLocality);
            } else if (latestPast.teams.isEmpty() || (start != null && latestPastStart != null
                    && start.isAfter(latestPastStart))) {
                latestPast.clear();
                latestPast.add(team, serviceArea, teamType, teamLocality);
                latestPastStart = start;
            } else if (start != null && start.equals(latestPastStart)) {
                latestPast.add(team, serviceArea, teamType, teamLocality); // ties: every team of that day
            }
        }

        RecordFacts build(SourceRef ref) {
            Team team = current.teams.isEmpty() ? latestPast : current;
            Set<String> localities = new HashSet<>(personLocalities);
            team.localities.stream().filter(l -> !"BOROUGH".equals(l)).forEach(localities::add);
            return new RecordFacts(ref, team.teams, team.serviceAreas, team.teamTypes, localities);
        }
    }

    private static final class Team {
        final Set<String> teams = new HashSet<>();
        final Set<String> serviceAreas = new HashSet<>();
        final Set<String> teamTypes = new HashSet<>();
        final Set<String> localities = new HashSet<>();

        void add(String team, String serviceArea, String teamType, String locality) {
            addIfPresent(teams, team);
            addIfPresent(serviceAreas, serviceArea);
            addIfPresent(teamTypes, teamType);
            addIfPresent(localities, locality);
        }

        void clear() {
            teams.clear();
            serviceAreas.clear();
            teamTypes.clear();
            localities.clear();
        }

        private static void addIfPresent(Set<String> set, String value) {
            if (value != null) {
                set.add(value);
            }
        }
    }
}
