package org.carebridge.wave;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the few staging rows wave planning reads (persons, their team links, teams) straight into staging, with a
 * person directory of its own, for tests of what planning sees of each record. Made-up ids only.
 */
final class StagedFactsBuilder {

    static final String DIRECTORY = "test_fact_directory";

    private final JdbcTemplate jdbc;
    private long row;

    private StagedFactsBuilder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties the staging tables planning reads, the wave members and the test's directory. */
    static StagedFactsBuilder empty(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + DIRECTORY + " (person_id VARCHAR(12) NOT NULL, source_system"
                + " VARCHAR(10) NOT NULL, source_id VARCHAR(20) NOT NULL)");
        for (String table : new String[]{DIRECTORY, "wave_member", "stg_council_clients", "stg_council_allocations",
                "stg_council_teams", "stg_oxleas_patients", "stg_oxleas_referrals", "stg_oxleas_referral_teams",
                "stg_oxleas_teams"}) {
            jdbc.update("DELETE FROM " + table);
        }
        return new StagedFactsBuilder(jdbc);
    }

    StagedFactsBuilder councilTeam(String code, String serviceArea, String locality) {
        jdbc.update("INSERT INTO stg_council_teams (row_no, source_origin, source_key, team_code, service_area, locality)"
                + " VALUES (?, 'TEAMS.csv', ?, ?, ?, ?)", ++row, code, code, serviceArea, locality);
        return this;
    }

    StagedFactsBuilder oxleasTeam(String id, String locality) {
        jdbc.update("INSERT INTO stg_oxleas_teams (row_no, source_origin, source_key, care_prof_team_local_id, locality)"
                + " VALUES (?, 'MHS902ServiceTeamDetails.csv', ?, ?, ?)", ++row, id, id, locality);
        return this;
    }

    /** A council client linked to {@code person} in the directory. */
    StagedFactsBuilder client(String person, long clientId, String postcode) {
        linked(person, "COUNCIL", Long.toString(clientId));
        jdbc.update("INSERT INTO stg_council_clients (row_no, source_origin, source_key, client_id, postcode)"
                + " VALUES (?, 'CLIENTS.csv', ?, ?, ?)", ++row, Long.toString(clientId), clientId, postcode);
        return this;
    }

    /** @param end null while the allocation is current */
    StagedFactsBuilder allocation(long clientId, String team, LocalDate start, LocalDate end) {
        jdbc.update("INSERT INTO stg_council_allocations (row_no, source_origin, source_key, allocation_id, client_id,"
                + " team_code, start_date, end_date) VALUES (?, 'ALLOCATIONS.csv', ?, ?, ?, ?, ?, ?)", ++row,
                Long.toString(row), row, clientId, team, start, end);
        return this;
    }

    /** An Oxleas patient linked to {@code person} in the directory. */
    StagedFactsBuilder patient(String person, String patientId, String postcode) {
        linked(person, "OXLEAS", patientId);
        jdbc.update("INSERT INTO stg_oxleas_patients (row_no, source_origin, source_key, local_patient_id, postcode)"
                + " VALUES (?, 'MHS001MPI.csv', ?, ?, ?)", ++row, patientId, patientId, postcode);
        return this;
    }

    /** A referral to one team; {@code closed} null while neither the referral nor the team's part has ended. */
    StagedFactsBuilder referral(String patientId, String team, String teamType, LocalDate received, LocalDate closed) {
        String request = "SR" + (++row);
        jdbc.update("INSERT INTO stg_oxleas_referrals (row_no, source_origin, source_key, service_request_id,"
                + " local_patient_id, referral_request_received_date) VALUES (?, 'MHS101Referral.csv', ?, ?, ?, ?)",
                row, request, request, patientId, received);
        jdbc.update("INSERT INTO stg_oxleas_referral_teams (row_no, source_origin, source_key, service_request_id,"
                + " care_prof_team_local_id, serv_team_type_ref_to_mh, refer_closure_date) VALUES (?,"
                + " 'MHS102ServiceTypeReferredTo.csv', ?, ?, ?, ?, ?)", ++row, request, request, team, teamType, closed);
        return this;
    }

    /** A record the directory links to {@code person} but staging does not hold (say it was quarantined). */
    StagedFactsBuilder unstaged(String person, String system, String id) {
        linked(person, system, id);
        return this;
    }

    StagedFactsBuilder member(String person, String wave) {
        jdbc.update("INSERT INTO wave_member (person_id, wave_code, run_id, late_joiner) VALUES (?, ?, 1, FALSE)",
                person, wave);
        return this;
    }

    private void linked(String person, String system, String id) {
        jdbc.update("INSERT INTO " + DIRECTORY + " (person_id, source_system, source_id) VALUES (?, ?, ?)", person,
                system, id);
    }
}
