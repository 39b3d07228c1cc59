package org.carebridge.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.merged.MergedModelSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The load's sweep: a wave's rows of people who left its cohort go; everyone else's stay. */
abstract class CohortSweepContract {

    private static final String SCHEMA = "sweep_test";
    private static final long RUN = 990_001L;

    @Autowired
    CohortSweep sweep;

    @Autowired
    MergedModelSchema schemas;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aWaveWithTwoPeopleLoadedOfWhomOneIsStillInItsCohort_andAnotherWavesPerson() {
        schemas.ensure(SCHEMA);
        jdbc.update("DELETE FROM " + SCHEMA + ".person_source_link");
        jdbc.update("DELETE FROM " + SCHEMA + ".person");
        jdbc.update("DELETE FROM wave_record WHERE run_id = ?", RUN);
        person("BC00000001", "W1", "C1");
        person("BC00000002", "W1", "C2");
        person("BC00000003", "W2", "C3");
        jdbc.update("INSERT INTO wave_record (run_id, source_system, source_id, person_id, wave_code)"
                + " VALUES (?, 'COUNCIL', 'C1', 'BC00000001', 'W1')", RUN);
    }

    private void person(String id, String wave, String councilId) {
        jdbc.update("INSERT INTO " + SCHEMA + ".person (person_id, nhs_number_verified, open_client, wave_code, row_hash)"
                + " VALUES (?, FALSE, TRUE, ?, 'h')", id, wave);
        jdbc.update("INSERT INTO " + SCHEMA + ".person_source_link (source_system, source_id, person_id, link_kind,"
                + " wave_code, row_hash) VALUES ('COUNCIL', ?, ?, 'PRIMARY', ?, 'h')", councilId, id, wave);
    }

    @Test
    void theRowsOfSomeoneNoLongerInTheCohortGoAndEveryoneElsesStay() {
        sweep.sweep(SCHEMA, "W1", RUN);

        assertThat(jdbc.queryForList("SELECT person_id FROM " + SCHEMA + ".person ORDER BY person_id", String.class))
                .containsExactly("BC00000001", "BC00000003");
        assertThat(jdbc.queryForList("SELECT source_id FROM " + SCHEMA + ".person_source_link ORDER BY source_id",
                String.class)).containsExactly("C1", "C3");
    }
}
