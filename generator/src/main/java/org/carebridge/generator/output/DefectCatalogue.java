package org.carebridge.generator.output;

import static org.carebridge.generator.output.DefectOption.Kind.DUPLICATE_KEY;
import static org.carebridge.generator.output.DefectOption.Kind.EXTRA_FIELD;
import static org.carebridge.generator.output.DefectOption.Kind.MUTATE;
import static org.carebridge.generator.output.DefectOption.Kind.UNTERMINATED_QUOTE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.carebridge.generator.output.DefectOption.Kind;
import org.carebridge.generator.output.DefectOption.Mutation;
import org.carebridge.generator.random.Rng;
import org.carebridge.legacy.ColumnType;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.FormatRule;
import org.carebridge.legacy.format.FieldParser;
import org.carebridge.legacy.format.NhsNumber;

/**
 * Which defects each table can carry. Parent tables (CLIENTS, MHS001MPI, MHS101Referral) carry only
 * data-quality defects that still parse, so that no child row becomes an unrecorded orphan through its
 * parent being quarantined; leaf tables carry format defects too. No defect touches a column of a key the
 * answer keys need, and dates inside a descriptive key (care coordinator and risk flag start dates) stay
 * intact. Reference tables (teams, workers, staff, workforce plan) carry none.
 */
final class DefectCatalogue {

    static final String NHS_NUMBER_CHECKSUM = "NHS_NUMBER_CHECKSUM";
    static final String NHS_NUMBER_PLACEHOLDER = "NHS_NUMBER_PLACEHOLDER";
    static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    static final String DEATH_BEFORE_BIRTH = "DEATH_BEFORE_BIRTH";
    static final String END_BEFORE_START = "END_BEFORE_START";
    static final String NEGATIVE_UNIT_COST = "NEGATIVE_UNIT_COST";
    static final String MISSING_PLANNED_UNITS = "MISSING_PLANNED_UNITS";
    static final String ORPHAN_ROW = "ORPHAN_ROW";
    static final String UNMAPPED_CODE = "UNMAPPED_CODE";
    static final String DUPLICATE_KEY_RULE = "DUPLICATE_KEY";

    private static final List<String> PLACEHOLDERS = List.copyOf(new TreeSet<>(NhsNumber.PLACEHOLDERS));

    private final LocalDate asOf;

    DefectCatalogue(LocalDate asOf) {
        this.asOf = asOf;
    }

    List<DefectOption> forTable(SourceTable table) {
        Menu m = new Menu(table);
        switch (table) {
            case COUNCIL_CLIENTS -> person(m, "NHS_NUMBER", "DATE_OF_BIRTH", "DATE_OF_DEATH", "ETHNICITY",
                    "WEUR", "ZZZZ", "BLKB", "A9");
            case OXLEAS_PATIENTS -> person(m, "NHSNumber", "PersonBirthDate", "PersDeathDate", "EthnicCategory",
                    "T", "X", "0", "98");
            case COUNCIL_ALLOCATIONS -> {
                m.endBeforeStart(25, "START_DATE", "END_DATE");
                m.orphan(10, "CLIENT_ID", Orphans::clientId);
                m.orphan(10, "WORKER_ID", Orphans::workerId);
                m.duplicate(10);
                m.impossibleDate(15, "START_DATE");
                m.extraField(10);
                m.unterminated(5, "ALLOCATION_ROLE");
            }
            case COUNCIL_SERVICES -> {
                m.negativeCost(20);
                m.missingPlannedUnits(20);
                m.endBeforeStart(15, "START_DATE", "END_DATE");
                m.unknownCode(10, "SERVICE_TYPE", "Day Centre - Council Run", "Telecare (legacy scheme)",
                        "Respite - old code");
                m.unknownCode(5, "COST_FREQUENCY", "Per visit", "Bi-monthly");
                m.orphan(10, "CLIENT_ID", Orphans::clientId);
                m.duplicate(5);
                m.impossibleDate(10, "START_DATE");
                m.extraField(5);
                m.unterminated(5, "PROVIDER_NAME");
            }
            case COUNCIL_EVENTS -> {
                m.endBeforeStart(20, "EVENT_START_DATE", "EVENT_END_DATE");
                m.unknownCode(20, "EVENT_OUTCOME", "Referred to panel", "Pending - see notes",
                        "Closed (legacy code 17)");
                m.orphan(15, "CLIENT_ID", Orphans::clientId);
                m.duplicate(10);
                m.impossibleDate(15, "EVENT_START_DATE");
                m.extraField(10);
                m.unterminated(5, "EVENT_OUTCOME");
            }
            case COUNCIL_CASE_NOTES -> {
                // Notes hold line breaks, so an unclosed quote could pair with one: no unterminated quotes here.
                m.orphan(20, "CLIENT_ID", Orphans::clientId);
                m.orphan(10, "WORKER_ID", Orphans::workerId);
                m.duplicate(15);
                m.futureDate(20, "NOTE_DATE", r -> true);
                m.impossibleDate(15, "NOTE_DATE");
                m.extraField(20);
            }
            case OXLEAS_REFERRALS -> {
                m.endBeforeStart(30, "ReferralRequestReceivedDate", "ServDischDate");
                m.orphan(30, "LocalPatientId", Orphans::patientId);
                m.duplicate(20);
                m.unknownCode(20, "PrimReasonReferralMH", "17", "32", "99");
            }
            case OXLEAS_REFERRAL_TEAMS -> {
                m.orphan(30, "ServiceRequestId", Orphans::referralId);
                m.unknownCode(30, "ServTeamTypeRefToMH", "A99", "Z09", "X01");
                m.impossibleDate(20, "ReferClosureDate");
                m.extraField(20);
                m.unterminated(10, "ServTeamTypeRefToMH");
            }
            case OXLEAS_CARE_COORDINATORS -> {
                m.orphan(20, "LocalPatientId", Orphans::patientId);
                m.orphan(15, "CareProfLocalId", Orphans::staffId);
                m.endBeforeStart(30, "StartDateAssCareCoord", "EndDateAssCareCoord");
                m.impossibleDate(15, "EndDateAssCareCoord");
                m.extraField(10);
                m.unterminated(10, "CareProfServOrTeamTypeAssoc");
            }
            case OXLEAS_CPA_EPISODES -> {
                m.endBeforeStart(30, "StartDateCPA", "EndDateCPA");
                m.orphan(30, "LocalPatientId", Orphans::patientId);
                m.duplicate(20);
                m.impossibleDate(20, "StartDateCPA");
            }
            case OXLEAS_CONTACTS -> {
                m.orphan(20, "ServiceRequestId", Orphans::referralId);
                m.orphan(10, "CareProfLocalId", Orphans::staffId);
                m.duplicate(15);
                m.futureDate(20, "CareContDate", r -> true);
                m.unknownCode(15, "AttendOrDNACode", "8", "9", "1");
                m.impossibleDate(10, "CareContDate");
                m.extraField(10);
                m.unterminated(5, "ConsMechanismMH");
            }
            case OXLEAS_RISK_FLAGS -> {
                m.unknownCode(30, "FlagType", "MAPPA", "FALLS", "ALERT-OTHER");
                m.endBeforeStart(30, "StartDate", "EndDate");
                m.orphan(30, "LocalPatientId", Orphans::patientId);
                m.impossibleDate(10, "EndDate");
            }
            default -> {
                // reference tables stay clean
            }
        }
        return List.copyOf(m.options);
    }

    private void person(Menu m, String nhs, String birth, String death, String ethnicity, String... unknown) {
        int nhsCol = m.table.indexOf(nhs);
        int birthCol = m.table.indexOf(birth);
        int deathCol = m.table.indexOf(death);
        m.add("MISTYPED_NHS_NUMBER:" + nhs, NHS_NUMBER_CHECKSUM, 30, MUTATE, nhsCol, r -> true,
                (r, rng) -> r[nhsCol] = mistyped(r[nhsCol], rng));
        m.add("PLACEHOLDER_NHS_NUMBER:" + nhs, NHS_NUMBER_PLACEHOLDER, 15, MUTATE, nhsCol, r -> true,
                (r, rng) -> r[nhsCol] = rng.pick(PLACEHOLDERS));
        m.futureDate(8, birth, r -> r[deathCol] == null);
        m.add("DEATH_BEFORE_BIRTH:" + death, DEATH_BEFORE_BIRTH, 8, MUTATE, deathCol, r -> r[birthCol] != null,
                (r, rng) -> r[deathCol] = FieldParser.format(date(r[birthCol]).minusDays(rng.between(1, 3650))));
        m.unknownCode(15, ethnicity, unknown);
    }

    /** A 999-range number that fails the modulus-11 check: one digit changed or two neighbours swapped. */
    static String mistyped(String keyed, Rng rng) {
        String base = NhsNumber.normalise(keyed);
        if (base == null || base.length() != 10) {
            base = "999" + String.format("%07d", rng.between(0, 9_999_999));
        }
        while (true) {
            char[] d = base.toCharArray();
            int i = rng.between(3, 8);
            if (rng.chance(0.5) && d[i] != d[i + 1]) {
                char t = d[i];
                d[i] = d[i + 1];
                d[i + 1] = t;
            } else {
                d[i + 1] = (char) ('0' + (d[i + 1] - '0' + rng.between(1, 9)) % 10);
            }
            String candidate = new String(d);
            if (NhsNumber.check(candidate) == NhsNumber.Verdict.CHECK_DIGIT_FAILS) {
                return candidate;
            }
            base = candidate;
        }
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text.strip(), FieldParser.DATE);
    }

    /** Builds one table's options with the table's column positions. */
    private final class Menu {
        private final SourceTable table;
        private final List<DefectOption> options = new ArrayList<>();

        Menu(SourceTable table) {
            this.table = table;
        }

        void add(String defect, String rule, double weight, Kind kind, int column,
                 Predicate<String[]> applies, Mutation mutation) {
            options.add(new DefectOption(defect, rule, weight, kind, column, applies, mutation));
        }

        void endBeforeStart(double weight, String start, String end) {
            int s = table.indexOf(start);
            int e = table.indexOf(end);
            add("END_BEFORE_START:" + end, END_BEFORE_START, weight, MUTATE, e, r -> r[s] != null,
                    (r, rng) -> r[e] = FieldParser.format(date(r[s]).minusDays(rng.between(1, 400))));
        }

        void futureDate(double weight, String column, Predicate<String[]> applies) {
            int c = table.indexOf(column);
            boolean timestamp = table.columns().get(c).type() == ColumnType.TIMESTAMP;
            add("DATE_IN_FUTURE:" + column, DATE_IN_FUTURE, weight, MUTATE, c, applies, (r, rng) -> {
                LocalDate day = asOf.plusDays(rng.between(30, 700));
                r[c] = timestamp ? FieldParser.format(rng.timeOn(day)) : FieldParser.format(day);
            });
        }

        void impossibleDate(double weight, String column) {
            int c = table.indexOf(column);
            boolean timestamp = table.columns().get(c).type() == ColumnType.TIMESTAMP;
            FormatRule rule = timestamp ? FormatRule.NOT_A_TIMESTAMP : FormatRule.NOT_A_DATE;
            add("IMPOSSIBLE_DATE:" + column, rule.id(), weight, MUTATE, c, r -> r[c] != null, (r, rng) -> {
                int year = Integer.parseInt(r[c].strip().substring(0, 4));
                String day = rng.pick(year + "-02-30", year + "-02-31", year + "-04-31", year + "-06-31",
                        year + "-09-31", year + "-11-31", year + "-13-01");
                r[c] = timestamp ? day + "T" + r[c].strip().substring(11) : day;
            });
        }

        void unknownCode(double weight, String column, String... values) {
            int c = table.indexOf(column);
            add("UNKNOWN_CODE:" + column, UNMAPPED_CODE, weight, MUTATE, c, r -> true,
                    (r, rng) -> r[c] = rng.pick(values));
        }

        void orphan(double weight, String column, Function<Rng, String> ids) {
            int c = table.indexOf(column);
            add("MISSING_PARENT:" + column, ORPHAN_ROW, weight, MUTATE, c, r -> r[c] != null,
                    (r, rng) -> r[c] = ids.apply(rng));
        }

        void duplicate(double weight) {
            add("REPEATED_KEY:" + String.join("+", table.keyColumns()), DUPLICATE_KEY_RULE, weight, DUPLICATE_KEY,
                    -1, r -> true, (r, rng) -> {
                    });
        }

        void extraField(double weight) {
            add("EXTRA_FIELD", FormatRule.CSV_FIELD_COUNT.id(), weight, EXTRA_FIELD, -1, r -> true, null);
        }

        void unterminated(double weight, String column) {
            int c = table.indexOf(column);
            add("UNCLOSED_QUOTE:" + column, FormatRule.CSV_UNTERMINATED_QUOTE.id(), weight, UNTERMINATED_QUOTE, c,
                    r -> true, null);
        }

        void negativeCost(double weight) {
            int c = table.indexOf("UNIT_COST");
            add("NEGATIVE_COST:UNIT_COST", NEGATIVE_UNIT_COST, weight, MUTATE, c,
                    r -> r[c] != null && !r[c].startsWith("-") && !r[c].equals("0.00"), (r, rng) -> r[c] = "-" + r[c]);
        }

        void missingPlannedUnits(double weight) {
            int c = table.indexOf("PLANNED_UNITS_PER_WEEK");
            add("MISSING_PLANNED_UNITS:PLANNED_UNITS_PER_WEEK", MISSING_PLANNED_UNITS, weight, MUTATE, c,
                    r -> r[c] != null, (r, rng) -> r[c] = null);
        }
    }

    /** Parent ids that no generated row ever has: they sit in number ranges the generator never reaches. */
    static final class Orphans {
        private Orphans() {
        }

        static String clientId(Rng rng) {
            return "99" + String.format("%08d", rng.between(0, 99_999_999));
        }

        static String workerId(Rng rng) {
            return Long.toString(rng.betweenLong(8_800_000_000L, 8_899_999_999L));
        }

        static String patientId(Rng rng) {
            return "RIO9" + String.format("%06d", rng.between(0, 999_999));
        }

        static String referralId(Rng rng) {
            return "SR9" + String.format("%07d", rng.between(0, 9_999_999));
        }

        static String staffId(Rng rng) {
            return "OXP9" + String.format("%05d", rng.between(0, 99_999));
        }
    }
}
