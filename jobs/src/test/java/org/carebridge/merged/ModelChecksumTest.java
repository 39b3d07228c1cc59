package org.carebridge.merged;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checksums are recorded with every wave run and compared across runs, so their canonical form must not drift: the
 * sums below were computed by the first implementation (one table after another, a value at a time) and pin it.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:model-checksum;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data"})
class ModelChecksumTest {

    private static final String SCHEMA = "checksum_test";

    @Autowired
    ModelChecksum checksums;

    @Autowired
    MergedModelSchema schemas;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aWorkerAPersonAndTheirCarePackage() {
        schemas.ensure(SCHEMA);
        for (MergedTable table : MergedTable.values()) {
            jdbc.update("DELETE FROM " + SCHEMA + "." + table.tableName());
        }
        jdbc.update("INSERT INTO " + SCHEMA + ".worker (worker_id, team_code, role, capacity_points, available_from,"
                + " leaving_date, row_hash) VALUES ('W1', 'T1', 'SOCIAL_WORKER', 120, DATE '2026-01-05', NULL, 'h1')");
        jdbc.update("INSERT INTO " + SCHEMA + ".person (person_id, nhs_number_verified, surname, date_of_birth,"
                + " open_client, wave_code, row_hash) VALUES ('BC00000001', TRUE, 'Zoë', DATE '1950-02-28', FALSE,"
                + " 'W1-LD', 'h2')");
        jdbc.update("INSERT INTO " + SCHEMA + ".care_package (package_id, person_id, start_date, unit_cost,"
                + " planned_units_per_week, weekly_cost, status, read_only, wave_code, row_hash) VALUES ('P1', 'BC00000001',"
                + " DATE '2024-02-29', 12.50, 3.00, 37.50, 'ACTIVE', FALSE, 'W1-LD', 'h3')");
    }

    @Test
    void theSumsOfAModelAreThoseTheFirstImplementationGave() {
        Map<String, String> sums = checksums.of(SCHEMA, null);

        assertThat(sums).containsEntry("*", "c61567b3d57620d3bf45e79303877415a19313f292443e504b8a3ab91c26e0bb");
    }

    @Test
    void aWavesSumsCoverOnlyItsTables() {
        Map<String, String> sums = checksums.of(SCHEMA, "W1-LD");

        assertThat(sums).doesNotContainKeys("team", "worker").containsEntry("*",
                "03e6b7823e7bb24ee8c5f2e5711ef13d7279553d074dec8d156dc95d83398814");
    }

    @Test
    void aTimeInTheHourSummerTimeSkipsIsSummedAsStored_whateverTheMachinesTimeZone() {
        jdbc.update("INSERT INTO " + SCHEMA + ".case_note (note_id, person_id, note_date, note_type, note_text,"
                + " wave_code, row_hash) VALUES ('N1', 'BC00000001', TIMESTAMP '2024-03-31 01:30:00', 'VISIT', 'x',"
                + " 'W1-LD', 'h4')");
        TimeZone machine = TimeZone.getDefault();
        Map<String, String> inUtc;
        Map<String, String> inLondon;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            inUtc = checksums.of(SCHEMA, "W1-LD");
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
            inLondon = checksums.of(SCHEMA, "W1-LD");
        } finally {
            TimeZone.setDefault(machine);
        }

        assertThat(inLondon).isEqualTo(inUtc);
    }
}
