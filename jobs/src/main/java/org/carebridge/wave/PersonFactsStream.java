package org.carebridge.wave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.carebridge.database.StreamingQuery;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.mappings.MappingSet;
import org.carebridge.mappings.MappingTableSpec;
import org.carebridge.mappings.Postcodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Streams every merged person, in person-id order, with what wave selectors can see of each of their legacy
 * records: the teams holding the record now (its current allocations or open referrals; failing those, the most
 * recent one), those teams' service areas or team types, and the localities of the person (postcode district)
 * and of those teams.
 *
 * <p>The database joins the person directory with staging and sorts by person, so only one person is held here at
 * a time: a borough's million records and their facts are never all in memory at once. Within a record, rows come
 * in staging order (row numbers), so that ties the rules settle by order (a past link without a start date) are
 * settled the same way every time.
 */
@Component
class PersonFactsStream {

    /** One merged person as planning sees them. */
    record PersonFacts(String personId, String memberOf, List<RecordFacts> records) {

        List<SourceRef> sourceRecords() {
            return records.stream().map(RecordFacts::record).toList();
        }
    }

    /**
     * One chain of joins from the directory, each an index lookup for H2 and a hash join for PostgreSQL (a union of
     * the two systems' facts joined as one derived table made H2 scan it for every person: `wave plan` took 154 s at
     * 20,000 clients, 9 s this way). A record is either a council client or an Oxleas patient, so only one system's
     * joins match a row.
     * A referral without a referral-team row links no team, as an inner join of the two would.
     */
    private static final String FACTS = """
            SELECT d.person_id, d.source_system, d.source_id, m.wave_code, COALESCE(c.postcode, p.postcode),
                   CASE WHEN a.client_id IS NOT NULL OR rt.service_request_id IS NOT NULL THEN 1 ELSE 0 END,
                   CASE WHEN a.client_id IS NOT NULL THEN CASE WHEN a.end_date IS NULL THEN 1 ELSE 0 END
                        WHEN r.serv_disch_date IS NULL AND rt.refer_closure_date IS NULL
                             AND rt.refer_rejection_date IS NULL THEN 1 ELSE 0 END,
                   COALESCE(a.start_date, r.referral_request_received_date),
                   COALESCE(a.team_code, rt.care_prof_team_local_id), t.service_area, rt.serv_team_type_ref_to_mh,
                   COALESCE(t.locality, ot.locality)
            FROM %s d
            LEFT JOIN wave_member m ON m.person_id = d.person_id
            LEFT JOIN stg_council_clients c ON d.source_system = 'COUNCIL'
                 AND c.client_id = CASE WHEN d.source_system = 'COUNCIL' THEN CAST(d.source_id AS BIGINT) END
            LEFT JOIN stg_council_allocations a ON a.client_id = c.client_id
            LEFT JOIN stg_council_teams t ON t.team_code = a.team_code
            LEFT JOIN stg_oxleas_patients p ON d.source_system = 'OXLEAS' AND p.local_patient_id = d.source_id
            LEFT JOIN stg_oxleas_referrals r ON r.local_patient_id = p.local_patient_id
            LEFT JOIN stg_oxleas_referral_teams rt ON rt.service_request_id = r.service_request_id
            LEFT JOIN stg_oxleas_teams ot ON ot.care_prof_team_local_id = rt.care_prof_team_local_id
            ORDER BY d.person_id, d.source_system, d.source_id, c.row_no, a.row_no, p.row_no, r.row_no, rt.row_no""";

    private final JdbcTemplate jdbc;

    PersonFactsStream(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param directory a table or view of (person_id, source_system, source_id): see {@link PersonDirectory}
     */
    void forEachPerson(String directory, MappingSet mappings, Consumer<PersonFacts> action) {
        Grouping grouping = new Grouping(mappings, action);
        StreamingQuery.forEachRow(jdbc.getDataSource(), FACTS.formatted(directory), rs -> grouping.row(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6) == 1, rs.getInt(7) == 1,
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
        grouping.finish();
    }

    /** Folds the sorted rows into records and records into persons, handing on each person when the next begins. */
    private static final class Grouping {
        private final MappingSet mappings;
        private final Consumer<PersonFacts> action;
        private String person;
        private String memberOf;
        private List<RecordFacts> records = new ArrayList<>();
        private SourceRef record;
        private Builder builder;

        Grouping(MappingSet mappings, Consumer<PersonFacts> action) {
            this.mappings = mappings;
            this.action = action;
        }

        void row(String personId, String system, String id, String member, String postcode, boolean linked,
                 boolean current, LocalDate start, String team, String serviceArea, String teamType,
                 String teamLocality) {
            if (!personId.equals(person)) {
                finish();
                person = personId;
                memberOf = member;
            }
            if (record == null || !record.system().name().equals(system) || !record.id().equals(id)) {
                finishRecord();
                record = new SourceRef(SourceSystem.valueOf(system), id);
                builder = new Builder();
            }
            builder.personPostcode(postcode, mappings);
            if (linked) {
                builder.offer(current, start, team, serviceArea, teamType, teamLocality);
            }
        }

        private void finishRecord() {
            if (record != null) {
                records.add(builder.build(record));
                record = null;
            }
        }

        void finish() {
            finishRecord();
            if (person != null) {
                action.accept(new PersonFacts(person, memberOf, List.copyOf(records)));
                records = new ArrayList<>();
                person = null;
            }
        }
    }

    /**
     * Collects a record's current team links; keeps the most recent past one in case there is no current one. Its
     * collections are made when first needed: most records have one locality and one or two teams.
     */
    private static final class Builder {
        Set<String> personLocalities;
        String lastPostcode;
        Team current;
        Team latestPast;
        LocalDate latestPastStart;

        void personPostcode(String postcode, MappingSet mappings) {
            // Every row of a record repeats its postcode: map it once (twice only for a record staged twice).
            if (postcode == null || Objects.equals(postcode, lastPostcode)) {
                return;
            }
            lastPostcode = postcode;
            String locality = mappings.map(MappingTableSpec.POSTCODE_LOCALITY, Postcodes.district(postcode)).cleaned();
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
