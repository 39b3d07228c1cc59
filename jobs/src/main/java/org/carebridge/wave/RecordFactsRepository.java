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
        Reading reading = new Reading(mappings);
        council(reading);
        oxleas(reading);
        // Each builder is dropped as its facts are built, so the two maps are not both whole at once.
        Map<SourceRef, RecordFacts> result = new HashMap<>(reading.facts.size() * 4 / 3 + 1);
        for (var it = reading.facts.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<SourceRef, Builder> entry = it.next();
            result.put(entry.getKey(), entry.getValue().build(entry.getKey()));
            it.remove();
        }
        return result;
    }

    /**
     * One read of every record's facts. Team codes, service areas, team types and localities are a few hundred
     * values repeated over every record: each is kept once (a borough's million records would otherwise hold
     * millions of copies).
     */
    private static final class Reading {
        final MappingSet mappings;
        final Map<SourceRef, Builder> facts = new HashMap<>();
        private final Map<String, String> values = new HashMap<>();

        Reading(MappingSet mappings) {
            this.mappings = mappings;
        }

        String shared(String value) {
            return value == null ? null : values.computeIfAbsent(value, v -> v);
        }

        void addLocality(Builder b, String postcode) {
            b.personLocality(shared(mappings.map(MappingTableSpec.POSTCODE_LOCALITY,
                    org.carebridge.mappings.Postcodes.district(postcode)).cleaned()));
        }

        void offer(Builder b, boolean isCurrent, LocalDate start, String team, String serviceArea, String teamType,
                   String teamLocality) {
            b.offer(isCurrent, start, shared(team), shared(serviceArea), shared(teamType), shared(teamLocality));
        }
    }

    private void council(Reading reading) {
        jdbc.query("SELECT client_id, postcode FROM stg_council_clients", rs -> {
            Builder b = reading.facts.computeIfAbsent(new SourceRef(SourceSystem.COUNCIL, rs.getString(1)),
                    r -> new Builder());
            reading.addLocality(b, rs.getString(2));
        });
        jdbc.query("SELECT a.client_id, a.team_code, t.service_area, t.locality, a.start_date, a.end_date"
                + " FROM stg_council_allocations a LEFT JOIN stg_council_teams t ON t.team_code = a.team_code", rs -> {
            Builder b = reading.facts.get(new SourceRef(SourceSystem.COUNCIL, rs.getString(1)));
            if (b != null) {
                // getObject(LocalDate): getDate goes through a Calendar per value, a million times here.
                reading.offer(b, rs.getString(6) == null, rs.getObject(5, LocalDate.class), rs.getString(2),
                        rs.getString(3), null, rs.getString(4));
            }
        });
    }

    private void oxleas(Reading reading) {
        jdbc.query("SELECT local_patient_id, postcode FROM stg_oxleas_patients", rs -> {
            Builder b = reading.facts.computeIfAbsent(new SourceRef(SourceSystem.OXLEAS, rs.getString(1)),
                    r -> new Builder());
            reading.addLocality(b, rs.getString(2));
        });
        jdbc.query("SELECT r.local_patient_id, rt.care_prof_team_local_id, rt.serv_team_type_ref_to_mh, ot.locality,"
                + " r.referral_request_received_date, r.serv_disch_date, rt.refer_closure_date, rt.refer_rejection_date"
                + " FROM stg_oxleas_referrals r JOIN stg_oxleas_referral_teams rt ON rt.service_request_id ="
                + " r.service_request_id LEFT JOIN stg_oxleas_teams ot ON ot.care_prof_team_local_id ="
                + " rt.care_prof_team_local_id", rs -> {
            Builder b = reading.facts.get(new SourceRef(SourceSystem.OXLEAS, rs.getString(1)));
            if (b != null) {
                boolean open = rs.getString(6) == null && rs.getString(7) == null && rs.getString(8) == null;
                reading.offer(b, open, rs.getObject(5, LocalDate.class), rs.getString(2), null, rs.getString(3),
                        rs.getString(4));
            }
        });
    }

    /**
     * Collects current team links; keeps the most recent past one in case there is no current one. Its collections
     * are made when first needed: most records have one locality and one or two teams, and there are a million.
     */
    private static final class Builder {
        Set<String> personLocalities;
        Team current;
        Team latestPast;
        LocalDate latestPastStart;

        void personLocality(String locality) {
            if (locality != null) {
                personLocalities = Team.with(personLocalities, locality);
            }
        }

        void offer(boolean isCurrent, LocalDate start, String team, String serviceArea, String teamType,
                   String teamLocality) {
            if (isCurrent) {
                current = current == null ? new Team() : current;
                current.add(team, serviceArea, teamType, teamLocality);
            } else if (latestPast == null || latestPast.teams == null || (start != null && latestPastStart != null
                    && start.isAfter(latestPastStart))) {
                latestPast = new Team();
                latestPast.add(team, serviceArea, teamType, teamLocality);
                latestPastStart = start;
            } else if (start != null && start.equals(latestPastStart)) {
                latestPast.add(team, serviceArea, teamType, teamLocality); // ties: every team of that day
            }
        }

        RecordFacts build(SourceRef ref) {
            Team team = current != null && current.teams != null ? current : latestPast != null ? latestPast : new Team();
            Set<String> localities = new HashSet<>(personLocalities == null ? Set.of() : personLocalities);
            Team.orEmpty(team.localities).stream().filter(l -> !"BOROUGH".equals(l)).forEach(localities::add);
            return new RecordFacts(ref, Team.orEmpty(team.teams), Team.orEmpty(team.serviceAreas),
                    Team.orEmpty(team.teamTypes), localities);
        }
    }

    private static final class Team {
        Set<String> teams;
        Set<String> serviceAreas;
        Set<String> teamTypes;
        Set<String> localities;

        void add(String team, String serviceArea, String teamType, String locality) {
            if (team != null) {
                teams = with(teams, team);
            }
            if (serviceArea != null) {
                serviceAreas = with(serviceAreas, serviceArea);
            }
            if (teamType != null) {
                teamTypes = with(teamTypes, teamType);
            }
            if (locality != null) {
                localities = with(localities, locality);
            }
        }

        static Set<String> with(Set<String> set, String value) {
            Set<String> s = set == null ? new HashSet<>(4) : set;
            s.add(value);
            return s;
        }

        static Set<String> orEmpty(Set<String> set) {
            return set == null ? Set.of() : set;
        }
    }
}
