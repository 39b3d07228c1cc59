package org.carebridge.linking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SharedValues;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The people in staging: {@code stg_council_clients} (every RECORD_STATUS; the resolver leaves deleted ones
 * out) and {@code stg_oxleas_patients}. Quarantined rows are not in staging, so they take no part until they
 * are fixed at source and staged again.
 */
@Repository
class StagedPeople {

    private static final String COUNCIL_COLUMNS = "client_id, nhs_number, nhs_number_status, forename, middle_names,"
            + " surname, preferred_name, date_of_birth, gender, postcode, record_status, merged_into_client_id";
    private static final String OXLEAS_COLUMNS = "local_patient_id, nhs_number, nhs_number_status, person_given_name,"
            + " person_family_name, person_birth_date, gender, postcode";

    private final JdbcTemplate jdbc;

    StagedPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every staged person record, council first, each in staging order; a repeated key keeps its first row. Equal
     * names, codes, postcodes and dates are one instance across the records (a population repeats them).
     */
    List<PersonRecord> all() {
        SharedValues shared = new SharedValues();
        Map<SourceRef, PersonRecord> records = new LinkedHashMap<>();
        jdbc.query("SELECT " + COUNCIL_COLUMNS + " FROM stg_council_clients WHERE client_id IS NOT NULL"
                + " ORDER BY row_no", rs -> {
                    PersonRecord r = council(rs, shared);
                    records.putIfAbsent(r.ref(), r);
                });
        jdbc.query("SELECT " + OXLEAS_COLUMNS + " FROM stg_oxleas_patients WHERE local_patient_id IS NOT NULL"
                + " ORDER BY row_no", rs -> {
                    PersonRecord r = oxleas(rs, shared);
                    records.putIfAbsent(r.ref(), r);
                });
        return new ArrayList<>(records.values());
    }

    boolean contains(SourceRef ref) {
        Integer found = ref.system() == SourceSystem.COUNCIL
                ? councilId(ref).map(id -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM stg_council_clients WHERE client_id = ?", Integer.class, id)).orElse(0)
                : jdbc.queryForObject("SELECT COUNT(*) FROM stg_oxleas_patients WHERE local_patient_id = ?",
                        Integer.class, ref.id());
        return found != null && found > 0;
    }

    /** The record's fields for a reviewer, labelled as {@link RecordFields#LABELS} names them. */
    Optional<RecordFields> fields(SourceRef ref) {
        List<RecordFields> found;
        if (ref.system() == SourceSystem.COUNCIL) {
            Optional<Long> id = councilId(ref);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            found = jdbc.query("SELECT * FROM stg_council_clients WHERE client_id = ? ORDER BY row_no",
                    (rs, i) -> councilFields(ref, rs), id.get());
        } else {
            found = jdbc.query("SELECT * FROM stg_oxleas_patients WHERE local_patient_id = ? ORDER BY row_no",
                    (rs, i) -> oxleasFields(ref, rs), ref.id());
        }
        return found.stream().findFirst();
    }

    private static Optional<Long> councilId(SourceRef ref) {
        try {
            return Optional.of(Long.parseLong(ref.id()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static PersonRecord council(ResultSet rs, SharedValues shared) throws SQLException {
        long merged = rs.getLong("merged_into_client_id");
        String mergedInto = rs.wasNull() ? null : Long.toString(merged);
        return PersonRecord.builder(SourceRef.council(Long.toString(rs.getLong("client_id"))))
                .nhsNumber(rs.getString("nhs_number"), shared.of(rs.getString("nhs_number_status")))
                .forename(shared.of(rs.getString("forename")))
                .middleNames(shared.of(rs.getString("middle_names")))
                .surname(shared.of(rs.getString("surname")))
                .preferredName(shared.of(rs.getString("preferred_name")))
                .dateOfBirth(shared.of(rs.getObject("date_of_birth", LocalDate.class)))
                .gender(Gender.fromCouncil(rs.getString("gender")))
                .postcode(shared.of(rs.getString("postcode")))
                .status(RecordStatus.fromCouncil(rs.getString("record_status")))
                .mergedIntoId(mergedInto)
                .build();
    }

    private static PersonRecord oxleas(ResultSet rs, SharedValues shared) throws SQLException {
        return PersonRecord.builder(SourceRef.oxleas(rs.getString("local_patient_id")))
                .nhsNumber(rs.getString("nhs_number"), shared.of(rs.getString("nhs_number_status")))
                .forename(shared.of(rs.getString("person_given_name")))
                .surname(shared.of(rs.getString("person_family_name")))
                .dateOfBirth(shared.of(rs.getObject("person_birth_date", LocalDate.class)))
                .gender(Gender.fromPersonStatedGender(rs.getString("gender")))
                .postcode(shared.of(rs.getString("postcode")))
                .build();
    }

    private static RecordFields councilFields(SourceRef ref, ResultSet rs) throws SQLException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(RecordFields.NHS_NUMBER, rs.getString("nhs_number"));
        f.put(RecordFields.NHS_NUMBER_STATUS, rs.getString("nhs_number_status"));
        f.put(RecordFields.TITLE, rs.getString("title"));
        f.put(RecordFields.GIVEN_NAME, rs.getString("forename"));
        f.put(RecordFields.MIDDLE_NAMES, rs.getString("middle_names"));
        f.put(RecordFields.FAMILY_NAME, rs.getString("surname"));
        f.put(RecordFields.PREFERRED_NAME, rs.getString("preferred_name"));
        f.put(RecordFields.DATE_OF_BIRTH, text(rs.getObject("date_of_birth", LocalDate.class)));
        f.put(RecordFields.DATE_OF_DEATH, text(rs.getObject("date_of_death", LocalDate.class)));
        f.put(RecordFields.GENDER, gender(rs.getString("gender"), Gender.fromCouncil(rs.getString("gender"))));
        f.put(RecordFields.ETHNICITY, rs.getString("ethnicity"));
        StringJoiner address = new StringJoiner(", ");
        for (String line : new String[] {rs.getString("address_line_1"), rs.getString("address_line_2"),
                rs.getString("address_line_3")}) {
            if (line != null && !line.isBlank()) {
                address.add(line);
            }
        }
        f.put(RecordFields.ADDRESS, address.length() == 0 ? null : address.toString());
        f.put(RecordFields.POSTCODE, rs.getString("postcode"));
        f.put(RecordFields.RECORD_STATUS, rs.getString("record_status"));
        long merged = rs.getLong("merged_into_client_id");
        f.put(RecordFields.MERGED_INTO, rs.wasNull() ? null : "COUNCIL:" + merged);
        return new RecordFields(ref, f);
    }

    private static RecordFields oxleasFields(SourceRef ref, ResultSet rs) throws SQLException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(RecordFields.NHS_NUMBER, rs.getString("nhs_number"));
        f.put(RecordFields.NHS_NUMBER_STATUS, rs.getString("nhs_number_status"));
        f.put(RecordFields.GIVEN_NAME, rs.getString("person_given_name"));
        f.put(RecordFields.FAMILY_NAME, rs.getString("person_family_name"));
        f.put(RecordFields.DATE_OF_BIRTH, text(rs.getObject("person_birth_date", LocalDate.class)));
        f.put(RecordFields.DATE_OF_DEATH, text(rs.getObject("pers_death_date", LocalDate.class)));
        f.put(RecordFields.GENDER, gender(rs.getString("gender"), Gender.fromPersonStatedGender(rs.getString("gender"))));
        f.put(RecordFields.ETHNICITY, rs.getString("ethnic_category"));
        f.put(RecordFields.POSTCODE, rs.getString("postcode"));
        f.put(RecordFields.PREFERRED_LANGUAGE, rs.getString("language_code_preferred"));
        return new RecordFields(ref, f);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String gender(String keyed, Gender gender) {
        return keyed == null ? null : keyed + " (" + gender.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ")";
    }

    /**
     * What is staged now, as far as identity resolution can tell: the latest staging run and how many person rows
     * each source holds. Null unless that run has finished (an unfinished one may still change what is staged).
     */
    String fingerprint() {
        List<String> run = jdbc.query("SELECT run_id, finished_at FROM staging_run WHERE run_id = (SELECT MAX(run_id)"
                + " FROM staging_run) AND finished_at IS NOT NULL", (rs, i) -> rs.getLong(1) + "@" + rs.getTimestamp(2));
        if (run.isEmpty()) {
            return null;
        }
        return "staging " + run.get(0) + "; council " + jdbc.queryForObject("SELECT COUNT(*) FROM stg_council_clients",
                Long.class) + "; oxleas " + jdbc.queryForObject("SELECT COUNT(*) FROM stg_oxleas_patients", Long.class);
    }
}
