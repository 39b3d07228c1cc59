package org.carebridge.linking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.OxleasPatientReader;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.format.NhsNumber;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts person records straight into the staging tables (as staging would leave them) for identity tests:
 * a background of generated people, so that the model has a population to learn from, plus the records a
 * test is about. Made-up people only; NHS numbers from the 999 test range.
 */
final class StagedPeopleBuilder {

    private static List<PersonRecord> background;

    private final JdbcTemplate jdbc;
    private final List<PersonRecord> records = new ArrayList<>();

    private StagedPeopleBuilder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties person staging and every identity table (decisions included). */
    static StagedPeopleBuilder emptyStagingAndIdentity(JdbcTemplate jdbc) {
        for (String table : List.of("person_identity", "identity_run", "identity_pair", "identity_conflict",
                "identity_decision", "identity_comparison", "stg_council_clients", "stg_oxleas_patients")) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("UPDATE identity_head SET last_run_id = NULL WHERE id = 1");
        return new StagedPeopleBuilder(jdbc);
    }

    /** Adds the records of about 300 generated people (the same every time). */
    StagedPeopleBuilder withBackground() {
        records.addAll(background());
        return this;
    }

    StagedPeopleBuilder with(PersonRecord... more) {
        records.addAll(List.of(more));
        return this;
    }

    /** Appends the records to staging after what is there (row numbers continue). */
    void stage() {
        Long last = jdbc.queryForObject("SELECT MAX(row_no) FROM stg_council_clients", Long.class);
        long councilRow = last == null ? 0 : last;
        last = jdbc.queryForObject("SELECT MAX(row_no) FROM stg_oxleas_patients", Long.class);
        long oxleasRow = last == null ? 0 : last;
        List<Object[]> council = new ArrayList<>();
        List<Object[]> oxleas = new ArrayList<>();
        for (PersonRecord r : records) {
            if (r.ref().system() == SourceSystem.COUNCIL) {
                council.add(new Object[] {++councilRow, "CLIENTS.csv", r.ref().id(), Long.parseLong(r.ref().id()),
                        r.nhsNumber(), r.nhsNumberStatus(), r.forename(), r.middleNames(), r.surname(),
                        r.preferredName(), r.dateOfBirth(), councilGender(r.gender()), r.postcode(),
                        councilStatus(r.status()), r.mergedIntoId() == null ? null : Long.parseLong(r.mergedIntoId())});
            } else {
                oxleas.add(new Object[] {++oxleasRow, "MHS001MPI.csv", r.ref().id(), r.ref().id(), r.nhsNumber(),
                        r.nhsNumberStatus(), r.forename(), r.surname(), r.dateOfBirth(), r.gender().code(),
                        r.postcode()});
            }
        }
        jdbc.batchUpdate("INSERT INTO stg_council_clients (row_no, source_origin, source_key, client_id, nhs_number,"
                + " nhs_number_status, forename, middle_names, surname, preferred_name, date_of_birth, gender,"
                + " postcode, record_status, merged_into_client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                council);
        jdbc.batchUpdate("INSERT INTO stg_oxleas_patients (row_no, source_origin, source_key, local_patient_id,"
                + " nhs_number, nhs_number_status, person_given_name, person_family_name, person_birth_date, gender,"
                + " postcode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", oxleas);
        records.clear();
    }

    /** A made-up person no background record resembles, varied by each test. */
    static PersonRecord.Builder zebedee(SourceRef ref) {
        return PersonRecord.builder(ref).forename("Zebedee").surname("Quarmby").dateOfBirth(LocalDate.of(1948, 3, 14))
                .gender(Gender.MALE).postcode("DA5 1AB");
    }

    /** The n-th valid test-range NHS number that no background record holds. */
    static synchronized String unusedNhsNumber(int n) {
        Set<String> used = new HashSet<>();
        for (PersonRecord r : background()) {
            if (r.nhsNumber() != null) {
                used.add(NhsNumber.normalise(r.nhsNumber()));
            }
        }
        int found = 0;
        for (long stem = 999_888_000L; ; stem++) {
            var check = NhsNumber.checkDigit(Long.toString(stem));
            String number = check.isPresent() ? stem + Integer.toString(check.get()) : null;
            if (number != null && !used.contains(number) && ++found == n) {
                return number;
            }
        }
    }

    private static synchronized List<PersonRecord> background() {
        if (background == null) {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("staged-people");
                new SourceGenerator(GeneratorSettings.builder().people(300).seed(11).build()).generate(dir);
                List<PersonRecord> all = new ArrayList<>(
                        new CouncilClientReader().read(dir.resolve("council").resolve("CLIENTS.csv")).records());
                all.addAll(new OxleasPatientReader().read(dir.resolve("oxleas").resolve("MHS001MPI.csv")).records());
                background = List.copyOf(all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(dir);
            }
        }
        return background;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String councilGender(Gender g) {
        switch (g) {
            case MALE:
                return "M";
            case FEMALE:
                return "F";
            case INDETERMINATE:
                return "I";
            default:
                return "U";
        }
    }

    private static String councilStatus(RecordStatus s) {
        switch (s) {
            case MERGED:
                return "M";
            case DELETED:
                return "D";
            default:
                return "A";
        }
    }
}
