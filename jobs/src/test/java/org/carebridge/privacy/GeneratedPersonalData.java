package org.carebridge.privacy;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every personal value in a generated dataset, read from the legacy files themselves: names of clients, patients
 * and staff, NHS numbers, dates of birth, postcodes, first address lines and case-note text. Each is searched for in
 * the forms it could leak in: names as whole words in their own case, NHS numbers as keyed and as ten bare digits,
 * dates of birth as ISO and as dd/MM/yyyy, postcodes as keyed and in normal form, notes by their opening words.
 */
final class GeneratedPersonalData {

    /** Case-note text is searched by its first characters, so that a truncated note is caught too. */
    private static final int NOTE_PREFIX = 40;
    private static final DateTimeFormatter BRITISH = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    /** A form a value can leak in: the literal text, and the pattern that confirms it stands on its own. */
    record Probe(String literal, Pattern confirm) {
        static Probe of(String literal, String before, String after) {
            return new Probe(literal, Pattern.compile(before + Pattern.quote(literal) + after));
        }
    }

    /** One value of one kind, and the forms it is searched in. */
    record PersonalValue(String kind, String value, List<Probe> probes) {
        Optional<String> foundIn(String text) {
            for (Probe probe : probes) {
                // plain indexOf first: a regular expression over every file for every value would take minutes
                if (text.contains(probe.literal())) {
                    Matcher m = probe.confirm().matcher(text);
                    if (m.find()) {
                        // the kind and where it was; the value itself is not repeated in a failure message
                        return Optional.of(kind + " at offset " + m.start());
                    }
                }
            }
            return Optional.empty();
        }
    }

    private final Map<String, PersonalValue> values = new TreeMap<>();

    private GeneratedPersonalData() {
    }

    static GeneratedPersonalData of(Path dataset) throws IOException {
        GeneratedPersonalData data = new GeneratedPersonalData();
        read(dataset.resolve("council/CLIENTS.csv"), row -> {
            for (String column : List.of("FORENAME", "MIDDLE_NAMES", "SURNAME", "PREFERRED_NAME")) {
                data.name(row.get(column));
            }
            data.nhsNumber(row.get("NHS_NUMBER"));
            data.dateOfBirth(row.get("DATE_OF_BIRTH"));
            data.postcode(row.get("POSTCODE"));
            data.literal("address", row.get("ADDRESS_LINE_1"));
        });
        read(dataset.resolve("oxleas/MHS001MPI.csv"), row -> {
            data.name(row.get("PersonGivenName"));
            data.name(row.get("PersonFamilyName"));
            data.nhsNumber(row.get("NHSNumber"));
            data.dateOfBirth(row.get("PersonBirthDate"));
            data.postcode(row.get("Postcode"));
        });
        read(dataset.resolve("council/WORKERS.csv"), row -> {
            data.name(row.get("FORENAME"));
            data.name(row.get("SURNAME"));
        });
        read(dataset.resolve("oxleas/MHS901StaffDetails.csv"), row -> {
            data.name(row.get("GivenName"));
            data.name(row.get("FamilyName"));
        });
        read(dataset.resolve("council/CASE_NOTES.csv"), row -> data.note(row.get("NOTE_TEXT")));
        return data;
    }

    List<PersonalValue> all() {
        return List.copyOf(values.values());
    }

    /** How many distinct values of each kind are searched for. */
    Map<String, Long> countsByKind() {
        Map<String, Long> counts = new LinkedHashMap<>();
        values.values().forEach(v -> counts.merge(v.kind(), 1L, Long::sum));
        return counts;
    }

    /** Every value found in the text, as "kind at offset N" (the value itself is not repeated in a failure). */
    List<String> foundIn(String text) {
        List<String> found = new ArrayList<>();
        for (PersonalValue value : values.values()) {
            value.foundIn(text).ifPresent(found::add);
        }
        return found;
    }

    private void name(String raw) {
        String name = clean(raw);
        // one letter is an initial, not a name
        if (name.length() > 1) {
            add("name", name, Probe.of(name, "(?<![\\p{L}])", "(?![\\p{L}])"));
        }
    }

    private void nhsNumber(String raw) {
        String keyed = clean(raw);
        String digits = keyed.replaceAll("\\D", "");
        if (digits.length() == 10) {
            add("NHS number", digits, Probe.of(digits, "(?<!\\d)", "(?!\\d)"), Probe.of(keyed, "(?<!\\d)", "(?!\\d)"));
        }
    }

    private void dateOfBirth(String raw) {
        String iso = clean(raw);
        try {
            LocalDate date = LocalDate.parse(iso);
            add("date of birth", iso, Probe.of(iso, "(?<!\\d)", "(?!\\d)"),
                    Probe.of(date.format(BRITISH), "(?<!\\d)", "(?!\\d)"));
        } catch (DateTimeParseException deliberatelyDefective) {
            if (!iso.isEmpty()) {
                literal("date of birth", iso);
            }
        }
    }

    private void postcode(String raw) {
        String keyed = clean(raw);
        String normal = keyed.toUpperCase(Locale.UK).replaceAll("\\s+", "");
        if (normal.length() < 5) {
            return;
        }
        normal = normal.substring(0, normal.length() - 3) + " " + normal.substring(normal.length() - 3);
        add("postcode", normal, Probe.of(normal, "(?<![A-Z0-9])", "(?![A-Z0-9])"),
                Probe.of(keyed, "(?<![A-Za-z0-9])", "(?![A-Za-z0-9])"));
    }

    private void note(String raw) {
        String text = clean(raw);
        if (!text.isEmpty()) {
            String opening = text.substring(0, Math.min(NOTE_PREFIX, text.length()));
            add("case-note text", opening, Probe.of(opening, "", ""));
        }
    }

    private void literal(String kind, String raw) {
        String value = clean(raw);
        if (value.length() > 3) {
            add(kind, value, Probe.of(value, "", ""));
        }
    }

    private void add(String kind, String value, Probe... probes) {
        values.putIfAbsent(kind + ":" + value, new PersonalValue(kind, value, List.of(probes)));
    }

    private static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** Rows by column name; a deliberately defective row with extra fields still yields its named columns. */
    private static void read(Path file, Consumer<Map<String, String>> each) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader reader = new CSVReader(in)) {
            String[] header = reader.readNext();
            for (String[] fields; (fields = reader.readNext()) != null; ) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 0; i < header.length && i < fields.length; i++) {
                    row.put(header[i], fields[i]);
                }
                each.accept(row);
            }
        } catch (CsvValidationException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
