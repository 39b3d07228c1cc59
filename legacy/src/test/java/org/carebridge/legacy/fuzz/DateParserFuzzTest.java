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
