package org.carebridge.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.FormatRule;
import org.carebridge.legacy.format.NhsNumber;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;
import org.carebridge.legacy.manifest.ManifestVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One generated dataset, checked against the interface agreement and the brief's shape. */
class GeneratedDatasetTest {

    private static final int PEOPLE = 1500;
    private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
    private static final Set<String> FORMAT_RULES = Arrays.stream(FormatRule.values()).map(FormatRule::id)
            .collect(Collectors.toSet());

    @TempDir
    static Path dir;
    static Dataset dataset;
    static Map<SourceTable, List<ParsedRow>> parsed = new TreeMap<>();
    static List<Dataset.Defect> defects;
    static Map<String, ParsedRow> rowByLine = new HashMap<>();
    static Map<String, Integer> positionByLine = new HashMap<>();
    static Set<String> defectLines = new HashSet<>();

    @BeforeAll
    static void generate() {
        dataset = Dataset.generate(dir, GeneratorSettings.builder().people(PEOPLE).seed(2026).defectRate(0.02)
                .build());
        RowParser parser = new RowParser();
        for (SourceTable table : SourceTable.values()) {
            parsed.put(table, dataset.rows(table).stream().map(parser::parse).toList());
        }
        defects = dataset.defects();
        parsed.forEach((table, rows) -> {
            for (int i = 0; i < rows.size(); i++) {
                rowByLine.put(table.tableName() + ":" + rows.get(i).source().line(), rows.get(i));
                positionByLine.put(table.tableName() + ":" + rows.get(i).source().line(), i);
            }
        });
        defects.forEach(d -> defectLines.add(d.table() + ":" + d.line()));
    }

    @Test
    void everyFormatDefectIsAnUnparseableRowAtItsLineAndNoOtherRowIs() {
        for (SourceTable table : SourceTable.values()) {
            Map<Long, String> expected = new TreeMap<>();
            defects.stream().filter(d -> d.table().equals(table.tableName()) && FORMAT_RULES.contains(d.rule()))
                    .forEach(d -> expected.put(d.line(), d.rule()));
            Map<Long, String> actual = new TreeMap<>();
            for (ParsedRow row : parsed.get(table)) {
                if (!row.ok()) {
                    actual.put(row.source().line(), row.defects().get(0).rule().id());
                }
            }
            assertThat(actual).as(table.fileName()).isEqualTo(expected);
        }
    }

    @Test
    void theDefectsCoverFormatAndDataQualityRules() {
        Set<String> rules = defects.stream().map(Dataset.Defect::rule).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rules).contains("CSV_FIELD_COUNT", "CSV_UNTERMINATED_QUOTE", "NOT_A_DATE", "NOT_A_TIMESTAMP",
                "NHS_NUMBER_CHECKSUM", "NHS_NUMBER_PLACEHOLDER", "DATE_IN_FUTURE", "DEATH_BEFORE_BIRTH",
                "END_BEFORE_START", "NEGATIVE_UNIT_COST", "MISSING_PLANNED_UNITS", "ORPHAN_ROW", "UNMAPPED_CODE",
                "DUPLICATE_KEY");
        double rows = dataset.summary().totalRows();
        assertThat(defects.size() / rows).isBetween(0.01, 0.03);
    }

    @Test
    void dataQualityDefectsBreakTheirRuleOnTheRecordedRow() {
        for (Dataset.Defect d : defects) {
            if (FORMAT_RULES.contains(d.rule())) {
                continue;
            }
            SourceTable table = SourceTable.byName(SourceSystem.valueOf(d.system()), d.table()).orElseThrow();
            ParsedRow row = rowAt(table, d.line());
            assertThat(row.ok()).as(d.toString()).isTrue();
            assertThat(row.sourceKey()).as(d.toString()).isEqualTo(d.key());
            String column = d.defect().contains(":") ? d.defect().substring(d.defect().indexOf(':') + 1) : null;
            switch (d.rule()) {
                case "NHS_NUMBER_CHECKSUM" -> assertThat(NhsNumber.check((String) row.value(column)))
                        .isEqualTo(NhsNumber.Verdict.CHECK_DIGIT_FAILS);
                case "NHS_NUMBER_PLACEHOLDER" -> assertThat(NhsNumber.check((String) row.value(column)))
                        .isEqualTo(NhsNumber.Verdict.PLACEHOLDER);
                case "DATE_IN_FUTURE" -> assertThat(day(row.value(column))).isAfter(AS_OF);
                case "NEGATIVE_UNIT_COST" -> assertThat((BigDecimal) row.value("UNIT_COST")).isNegative();
                case "MISSING_PLANNED_UNITS" -> assertThat(row.value("PLANNED_UNITS_PER_WEEK")).isNull();
                case "DUPLICATE_KEY" -> assertThat(rowBefore(table, d.line()).sourceKey()).isEqualTo(d.key());
                default -> assertThat(row.value(column)).as(d.toString()).isNotNull();
            }
        }
    }

    @Test
    void cleanChildRowsHaveTheirParentsAndOnlyRecordedOrphansDoNot() {
        Set<String> clients = keys(SourceTable.COUNCIL_CLIENTS);
        Set<String> workers = keys(SourceTable.COUNCIL_WORKERS);
        Set<String> patients = keys(SourceTable.OXLEAS_PATIENTS);
        Set<String> referrals = keys(SourceTable.OXLEAS_REFERRALS);
        Set<String> staff = keys(SourceTable.OXLEAS_STAFF);
        Map<SourceTable, Map<String, Set<String>>> parents = Map.of(
                SourceTable.COUNCIL_ALLOCATIONS, Map.of("CLIENT_ID", clients, "WORKER_ID", workers),
                SourceTable.COUNCIL_SERVICES, Map.of("CLIENT_ID", clients),
                SourceTable.COUNCIL_EVENTS, Map.of("CLIENT_ID", clients),
                SourceTable.COUNCIL_CASE_NOTES, Map.of("CLIENT_ID", clients, "WORKER_ID", workers),
                SourceTable.OXLEAS_REFERRALS, Map.of("LocalPatientId", patients),
                SourceTable.OXLEAS_CARE_COORDINATORS, Map.of("LocalPatientId", patients, "CareProfLocalId", staff),
                SourceTable.OXLEAS_CONTACTS, Map.of("ServiceRequestId", referrals, "CareProfLocalId", staff),
                SourceTable.OXLEAS_RISK_FLAGS, Map.of("LocalPatientId", patients));
        parents.forEach((table, columns) -> {
            Set<Long> orphanLines = new HashSet<>();
            defects.stream().filter(d -> d.table().equals(table.tableName()) && d.rule().equals("ORPHAN_ROW"))
                    .forEach(d -> orphanLines.add(d.line()));
            for (ParsedRow row : parsed.get(table)) {
                if (!row.ok()) {
                    continue;
                }
                boolean orphan = columns.entrySet().stream().anyMatch(c -> row.value(c.getKey()) != null
                        && !c.getValue().contains(text(row.value(c.getKey()))));
                assertThat(orphan).as(table.fileName() + " line " + row.source().line())
                        .isEqualTo(orphanLines.contains(row.source().line()));
            }
        });
    }

    @Test
    void theOxleasManifestVerifies() {
        ManifestVerifier.Result result = new ManifestVerifier().verify(dir.resolve("oxleas"));

        assertThat(result.discrepancies()).isEmpty();
    }

    @Test
    void peopleTruthCoversEveryPersonRecordExactlyOnce() {
        Map<String, Long> truthKeys = dataset.people().stream()
                .collect(Collectors.groupingBy(p -> p.table() + "|" + p.key(), Collectors.counting()));
        List<String> sourceKeys = new ArrayList<>();
        for (SourceTable table : List.of(SourceTable.COUNCIL_CLIENTS, SourceTable.OXLEAS_PATIENTS)) {
            parsed.get(table).forEach(r -> sourceKeys.add(table.tableName() + "|" + r.sourceKey()));
        }

        assertThat(sourceKeys).doesNotHaveDuplicates();
        assertThat(truthKeys.keySet()).containsExactlyInAnyOrderElementsOf(sourceKeys);
        assertThat(truthKeys.values()).containsOnly(1L);
    }

    @Test
    void aValidNhsNumberBelongsToOneHumanAndComesFromTheTestRange() {
        Map<String, String> personOfRecord = new HashMap<>();
        dataset.people().forEach(p -> personOfRecord.put(p.table() + "|" + p.key(), p.personId()));
        Map<String, Set<String>> peopleByNumber = new HashMap<>();
        for (SourceTable table : List.of(SourceTable.COUNCIL_CLIENTS, SourceTable.OXLEAS_PATIENTS)) {
            String column = table == SourceTable.COUNCIL_CLIENTS ? "NHS_NUMBER" : "NHSNumber";
            for (ParsedRow row : parsed.get(table)) {
                NhsNumber.valid((String) row.value(column)).ifPresent(n -> peopleByNumber
                        .computeIfAbsent(n, k -> new HashSet<>())
                        .add(personOfRecord.get(table.tableName() + "|" + row.sourceKey())));
            }
        }
        assertThat(peopleByNumber).isNotEmpty();
        peopleByNumber.forEach((number, people) -> {
            assertThat(number).startsWith("999");
            assertThat(people).as("people sharing a number").hasSize(1);
        });
    }

    @Test
    void aboutAThirdOfPeopleAreKnownToBothSystems() {
        Map<String, Set<String>> systems = new HashMap<>();
        dataset.people().forEach(p -> systems.computeIfAbsent(p.personId(), k -> new TreeSet<>()).add(p.system()));
        long both = systems.values().stream().filter(s -> s.size() == 2).count();
        long councilOnly = systems.values().stream().filter(s -> s.equals(Set.of("COUNCIL"))).count();

        assertThat(systems).hasSize(PEOPLE);
        assertThat(both / (double) PEOPLE).isBetween(0.29, 0.37);
        assertThat(councilOnly / (double) PEOPLE).isBetween(0.41, 0.49);
    }

    @Test
    void caseNotesAndContactsPerPersonAreNearTheBrief() {
        double notes = dataset.summary().rows("council/CASE_NOTES.csv") / (double) PEOPLE;
        double contacts = dataset.summary().rows("oxleas/MHS201CareContact.csv") / (double) PEOPLE;

        assertThat(notes).isBetween(16.0, 24.0);
        assertThat(contacts).isBetween(7.5, 12.5);
    }

    @Test
    void peopleWithOxleasRecordsAreOnlyInCouncilMentalHealthTeams() {
        Map<String, String> personOfClient = new HashMap<>();
        Set<String> oxleasPeople = new HashSet<>();
        for (Dataset.PersonRecord p : dataset.people()) {
            if (p.system().equals("COUNCIL")) {
                personOfClient.put(p.key(), p.personId());
            } else {
                oxleasPeople.add(p.personId());
            }
        }
        List<String> violations = new ArrayList<>();
        for (ParsedRow row : parsed.get(SourceTable.COUNCIL_ALLOCATIONS)) {
            if (!row.ok() || row.value("CLIENT_ID") == null) {
                continue;
            }
            String person = personOfClient.get(text(row.value("CLIENT_ID")));
            String team = (String) row.value("TEAM_CODE");
            if (person != null && oxleasPeople.contains(person) && !team.startsWith("MH")) {
                violations.add(team);
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyCostFrequencyOccursAndPlannedUnitsGoWithSubWeeklyOnes() {
        Set<String> frequencies = new TreeSet<>();
        for (ParsedRow row : parsed.get(SourceTable.COUNCIL_SERVICES)) {
            if (!row.ok() || isDefect(SourceTable.COUNCIL_SERVICES, row)) {
                continue;
            }
            String frequency = ((String) row.value("COST_FREQUENCY")).toLowerCase(Locale.ROOT);
            frequencies.add(frequency);
            boolean subWeekly = Set.of("per session", "hourly", "daily").contains(frequency);
            assertThat(row.value("PLANNED_UNITS_PER_WEEK") != null).as("line " + row.source().line())
                    .isEqualTo(subWeekly);
        }
        assertThat(frequencies).containsExactlyInAnyOrder("per session", "hourly", "daily", "weekly", "fortnightly",
                "4-weekly", "monthly", "quarterly", "annually", "one-off", "no charge to client");
    }

    @Test
    void openClientsHaveAtMostOneCurrentKeyWorker() {
        Map<String, Long> current = parsed.get(SourceTable.COUNCIL_ALLOCATIONS).stream()
                .filter(r -> r.ok() && !isDefect(SourceTable.COUNCIL_ALLOCATIONS, r))
                .filter(r -> "KEY_WORKER".equals(r.value("ALLOCATION_ROLE")) && r.value("END_DATE") == null)
                .collect(Collectors.groupingBy(r -> text(r.value("CLIENT_ID")), Collectors.counting()));

        assertThat(current).isNotEmpty();
        assertThat(current.values()).containsOnly(1L);
    }

    @Test
    void someMentalHealthRelationshipsAreLongStanding() {
        long longCoordination = parsed.get(SourceTable.OXLEAS_CARE_COORDINATORS).stream()
                .filter(r -> r.ok() && r.value("EndDateAssCareCoord") == null)
                .filter(r -> day(r.value("StartDateAssCareCoord")).isBefore(AS_OF.minusYears(2))).count();
        long longKeyWork = parsed.get(SourceTable.COUNCIL_ALLOCATIONS).stream()
                .filter(r -> r.ok() && r.value("END_DATE") == null && "KEY_WORKER".equals(r.value("ALLOCATION_ROLE")))
                .filter(r -> ((String) r.value("TEAM_CODE")).startsWith("MH"))
                .filter(r -> day(r.value("START_DATE")).isBefore(AS_OF.minusYears(2))).count();

        assertThat(longCoordination).isGreaterThan(50);
        assertThat(longKeyWork).isGreaterThan(50);
    }

    @Test
    void everyMergedTeamHasATeamManagerAndCapacity() {
        Map<String, Long> capacity = new TreeMap<>();
        Set<String> managed = new TreeSet<>();
        for (ParsedRow row : parsed.get(SourceTable.WORKFORCE_PLAN)) {
            assertThat(row.ok()).isTrue();
            String team = (String) row.value("merged_team_code");
            capacity.merge(team, (Long) row.value("capacity_points"), Long::sum);
            if ("TEAM_MANAGER".equals(row.value("role"))) {
                managed.add(team);
            }
        }
        Set<String> merged = Set.of("BC-ADN", "BC-ADC", "BC-ADS", "BC-MHN", "BC-MHC", "BC-MHS", "BC-MHB", "BC-LD",
                "BC-REA");
        assertThat(managed).containsExactlyInAnyOrderElementsOf(merged);
        assertThat(capacity.keySet()).containsExactlyInAnyOrderElementsOf(merged);
    }

    @Test
    void someLegacyWorkersDoNotContinueAndSomeStartersAreNew() {
        Set<String> planned = new HashSet<>();
        long starters = 0;
        for (ParsedRow row : parsed.get(SourceTable.WORKFORCE_PLAN)) {
            if (row.value("legacy_system") == null) {
                starters++;
            } else {
                planned.add(row.value("legacy_system") + "|" + row.value("legacy_worker_id"));
            }
        }
        long activeCouncil = parsed.get(SourceTable.COUNCIL_WORKERS).stream()
                .filter(r -> "Y".equals(r.value("ACTIVE"))).count();
        long leaving = parsed.get(SourceTable.COUNCIL_WORKERS).stream()
                .filter(r -> "Y".equals(r.value("ACTIVE")) && !planned.contains("COUNCIL|" + r.sourceKey())).count();

        assertThat(starters).isPositive();
        assertThat(leaving).isPositive().isLessThan(activeCouncil / 3);
    }

    private static boolean isDefect(SourceTable table, ParsedRow row) {
        return defectLines.contains(table.tableName() + ":" + row.source().line());
    }

    private static ParsedRow rowAt(SourceTable table, long line) {
        return rowByLine.get(table.tableName() + ":" + line);
    }

    /** The row written just before the one at {@code line}: the original a repeated key copies. */
    private static ParsedRow rowBefore(SourceTable table, long line) {
        return parsed.get(table).get(positionByLine.get(table.tableName() + ":" + line) - 1);
    }

    private static Set<String> keys(SourceTable table) {
        return parsed.get(table).stream().filter(ParsedRow::ok).map(ParsedRow::sourceKey).collect(Collectors.toSet());
    }

    private static String text(Object value) {
        return value.toString();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) value;
    }
}
