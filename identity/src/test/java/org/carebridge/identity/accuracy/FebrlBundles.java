package org.carebridge.identity.accuracy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.NhsNumber;

/**
 * FEBRL 4 in the two legacy formats: file A as the council's CLIENTS.csv, file B as Oxleas' MHS001MPI.csv.
 * Ids are the row numbers, so the answer key ({@code rec_id}) is kept only in {@link #truePairs()}. See the
 * README beside the data for how each column is carried over.
 */
final class FebrlBundles {

    private static final DateTimeFormatter FEBRL_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Set<String> truePairs = new HashSet<>();

    /** Writes both files into {@code council} and {@code oxleas}. */
    FebrlBundles(Path council, Path oxleas) {
        List<Map<String, String>> a = LabelledCsv.resource("/linkage/febrl4/dataset4a.csv").records();
        List<Map<String, String>> b = LabelledCsv.resource("/linkage/febrl4/dataset4b.csv").records();
        Map<String, String> councilIdByPerson = new HashMap<>();
        try (LegacyBundleWriter clients = new LegacyBundleWriter(council, SourceTable.COUNCIL_CLIENTS)) {
            for (int i = 0; i < a.size(); i++) {
                Map<String, String> r = a.get(i);
                String clientId = Integer.toString(i + 1);
                councilIdByPerson.put(person(r.get("rec_id")), clientId);
                Map<String, String> row = new HashMap<>();
                row.put("CLIENT_ID", clientId);
                row.put("NHS_NUMBER", nhsNumber(r.get("soc_sec_id")));
                row.put("NHS_NUMBER_STATUS", "02");
                row.put("FORENAME", r.get("given_name"));
                row.put("SURNAME", r.get("surname"));
                row.put("DATE_OF_BIRTH", date(r.get("date_of_birth")));
                row.put("GENDER", "U");
                row.put("ADDRESS_LINE_1", join(r.get("street_number"), r.get("address_1")));
                row.put("ADDRESS_LINE_2", r.get("address_2"));
                row.put("ADDRESS_LINE_3", join(r.get("suburb"), r.get("state")));
                row.put("POSTCODE", postcode(r.get("postcode")));
                row.put("RECORD_STATUS", "A");
                clients.write(row);
            }
        }
        try (LegacyBundleWriter patients = new LegacyBundleWriter(oxleas, SourceTable.OXLEAS_PATIENTS)) {
            for (int i = 0; i < b.size(); i++) {
                Map<String, String> r = b.get(i);
                String patientId = String.format("RIO%07d", i + 1);
                String partner = councilIdByPerson.get(person(r.get("rec_id")));
                if (partner != null) {
                    truePairs.add(partner + "|" + patientId);
                }
                Map<String, String> row = new HashMap<>();
                row.put("LocalPatientId", patientId);
                row.put("NHSNumber", nhsNumber(r.get("soc_sec_id")));
                row.put("NHSNumberStatus", "02");
                row.put("PersonGivenName", r.get("given_name"));
                row.put("PersonFamilyName", r.get("surname"));
                row.put("PersonBirthDate", date(r.get("date_of_birth")));
                row.put("Gender", "X");
                row.put("Postcode", postcode(r.get("postcode")));
                patients.write(row);
            }
        }
    }

    /** {@code councilId|oxleasId} for every true pair. */
    Set<String> truePairs() {
        return truePairs;
    }

    /** {@code rec-123-org} and {@code rec-123-dup-0} are person 123. */
    private static String person(String recId) {
        return recId.split("-")[1];
    }

    /**
     * A 7-digit soc_sec_id becomes a valid 999-range NHS number: 999, the id's last six digits, and the
     * check digit. Stems whose check would be 10 (no valid number) take the next stem that has one. The
     * map is deterministic, so equal ids stay equal and corrupted ids become different valid numbers.
     */
    static String nhsNumber(String socSecId) {
        if (socSecId == null || !socSecId.matches("\\d{1,7}")) {
            return null;
        }
        long six = Long.parseLong(socSecId) % 1_000_000;
        for (int step = 0; step < 10; step++) {
            String stem = String.format("999%06d", (six + step) % 1_000_000);
            var check = NhsNumber.checkDigit(stem);
            if (check.isPresent()) {
                return stem + check.get();
            }
        }
        throw new IllegalStateException("no valid NHS number near a stem");
    }

    /** Impossible dates (month 13) cannot be held in the council's DATE column, so they arrive blank. */
    private static String date(String yyyymmdd) {
        if (yyyymmdd == null) {
            return null;
        }
        try {
            return LocalDate.parse(yyyymmdd, FEBRL_DATE).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A 4-digit Australian postcode in UK shape: district {@code DA} + first two digits, sector digit the
     * third, unit letters from the fourth ({@code 4223} becomes {@code DA42 2AD}), so a wrong last digit
     * still agrees on the sector, as a wrong unit would in the UK.
     */
    static String postcode(String australian) {
        if (australian == null || !australian.matches("\\d{4}")) {
            return australian;
        }
        return "DA" + australian.substring(0, 2) + " " + australian.charAt(2) + "A"
                + (char) ('A' + (australian.charAt(3) - '0'));
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }
}
