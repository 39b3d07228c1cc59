package org.carebridge.legacy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.FormatRule;
import org.carebridge.legacy.format.FieldParser;
import org.junit.jupiter.api.Test;

/** Properties of the field parser: dates and timestamps take exactly the agreed spelling of a real instant. */
class DateParserFuzzTest {

    private static final Column DATE = SourceTable.COUNCIL_CLIENTS.column("DATE_OF_BIRTH");
    private static final Column TIMESTAMP = SourceTable.COUNCIL_CLIENTS.column("LAST_UPDATED");

    @Test
    void anAcceptedDateIsExactlyTheAgreedSpellingOfARealDate() {
        Fuzz.check("accepted dates", 3_000, random -> HostileInput.nearlyATemporal(random, false), text -> {
            FieldParser.Outcome outcome = FieldParser.parse(DATE, text);
            if (outcome.ok() && outcome.value() != null) {
                assertThat(text.strip()).matches("\\d{4}-\\d{2}-\\d{2}").isEqualTo(FieldParser.format(outcome.value()));
            } else if (!outcome.ok()) {
                assertThat(outcome.defect().rule()).isIn(FormatRule.NOT_A_DATE, FormatRule.CONTROL_CHARACTER);
                assertThat(outcome.defect().column()).isEqualTo("DATE_OF_BIRTH");
            }
        });
    }

    @Test
    void everyRealDateOfYears1To9999IsAccepted() {
        Fuzz.check("real dates", 1_000, HostileInput::anyDate,
                date -> assertThat(FieldParser.parse(DATE, FieldParser.format(date)).value()).isEqualTo(date));
    }

    @Test
    void anAcceptedTimestampIsExactlyTheAgreedSpellingOfARealInstant() {
        Fuzz.check("accepted timestamps", 2_000, random -> HostileInput.nearlyATemporal(random, true), text -> {
            FieldParser.Outcome outcome = FieldParser.parse(TIMESTAMP, text);
            if (outcome.ok() && outcome.value() != null) {
                assertThat(text.strip()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}")
                        .isEqualTo(FieldParser.format(outcome.value()));
            } else if (!outcome.ok()) {
                assertThat(outcome.defect().rule()).isIn(FormatRule.NOT_A_TIMESTAMP, FormatRule.CONTROL_CHARACTER);
            }
        });
    }

    @Test
    void datesAndTimestampsAreJudgedExactlyAsJavaTimesStrictFormattersJudgeThem() {
        Fuzz.check("dates against java.time", 4_000, random -> HostileInput.nearlyATemporal(random, random.nextBoolean()),
                text -> {
                    assertThat(FieldParser.parse(DATE, text).value()).as(text)
                            .isEqualTo(reference(text, "\\d{4}-\\d{2}-\\d{2}", FieldParser.DATE, java.time.LocalDate::from));
                    assertThat(FieldParser.parse(TIMESTAMP, text).value()).as(text)
                            .isEqualTo(reference(text, "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}", FieldParser.TIMESTAMP,
                                    java.time.LocalDateTime::from));
                });
    }

    @Test
    void datesAndTimestampsAreWrittenExactlyAsJavaTimesFormattersWriteThem() {
        Fuzz.check("formatting against java.time", 2_000, HostileInput::anyTimestamp, timestamp -> {
            assertThat(FieldParser.format(timestamp.toLocalDate())).isEqualTo(FieldParser.DATE.format(timestamp));
            assertThat(FieldParser.format(timestamp)).isEqualTo(FieldParser.TIMESTAMP.format(timestamp));
            assertThat(FieldParser.format(timestamp.withSecond(0))).as("toString would drop zero seconds")
                    .isEqualTo(FieldParser.TIMESTAMP.format(timestamp.withSecond(0)));
        });
    }

    @Test
    void wholeNumbersAreJudgedExactlyAsTheAgreedPatternJudgesThem() {
        Column id = SourceTable.COUNCIL_CLIENTS.column("CLIENT_ID");
        Fuzz.check("whole numbers against the pattern", 3_000, random -> switch (random.nextInt(3)) {
            case 0 -> HostileInput.text(random);
            case 1 -> (random.nextBoolean() ? "-" : "") + random.nextLong(0, Long.MAX_VALUE / (1L << random.nextInt(60)));
            default -> HostileInput.nearlyATemporal(random, false).replace('-', random.nextBoolean() ? '-' : '0');
        }, text -> {
            String t = text.strip();
            boolean agreed = text.chars().noneMatch(c -> c < 0x20 && c != '\t') && t.matches("-?\\d+")
                    && t.replace("-", "").length() <= id.width();
            FieldParser.Outcome outcome = FieldParser.parse(id, text);
            assertThat(outcome.ok() && outcome.value() != null).as(text).isEqualTo(agreed && !t.isEmpty());
            if (agreed) {
                assertThat(outcome.value()).isEqualTo(Long.parseLong(t));
            }
        });
    }

    /** What the agreed shape read by java.time's strict formatter gives: the value, or null when refused. */
    private static Object reference(String text, String shape, java.time.format.DateTimeFormatter formatter,
                                    java.time.temporal.TemporalQuery<?> query) {
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            return null; // a control character is refused before the value is read
        }
        String t = text.strip();
        if (!t.matches(shape)) {
            return null;
        }
        try {
            return formatter.parse(t, query);
        } catch (java.time.format.DateTimeParseException refused) {
            return null;
        }
    }

    @Test
    void anyTextInAnyColumnGivesATypedValueOrADefectNamingThatColumn() {
        SourceTable[] tables = SourceTable.values();
        Fuzz.check("any field", 2_000,
                random -> {
                    SourceTable table = tables[random.nextInt(tables.length)];
                    return new Object[]{table.columns().get(random.nextInt(table.columns().size())),
                            random.nextBoolean() ? HostileInput.text(random) : HostileInput.nearlyATemporal(random,
                                    random.nextBoolean())};
                },
                input -> {
                    Column column = (Column) input[0];
                    FieldParser.Outcome outcome = FieldParser.parse(column, (String) input[1]);
                    assertThat(outcome.ok() ? outcome.defect() : outcome.defect().column())
                            .isEqualTo(outcome.ok() ? null : column.name());
                });
    }
}
