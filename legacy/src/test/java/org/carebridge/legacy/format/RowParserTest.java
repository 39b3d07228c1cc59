package org.carebridge.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.FormatRule;
import org.carebridge.legacy.csv.RowDefect;
import org.carebridge.legacy.csv.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowParserTest {

    private final RowParser parser = new RowParser();

    private static SourceRow service(String unitCost, String startDate) {
        return SourceRow.of(SourceTable.COUNCIL_SERVICES, "SERVICES.csv", 7, new String[]{
                "5001", " 42 ", "Long Term Support: Community", "Direct Payment only", null, null, "Acme Care",
                startDate, null, unitCost, "Weekly", null}, "raw");
    }

    @Test
    void aGoodRowParsesIntoTypedValues() {
        ParsedRow row = parser.parse(service("150.5", "2024-02-29"));

        assertThat(row.ok()).isTrue();
        assertThat(row.value("SERVICE_ID")).isEqualTo(5001L);
        assertThat(row.value("CLIENT_ID")).isEqualTo(42L);
        assertThat(row.value("UNIT_COST")).isEqualTo(new BigDecimal("150.50"));
        assertThat(row.value("START_DATE")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(row.sourceKey()).isEqualTo("5001");
    }

    @Test
    void everyBadFieldIsReportedWithItsColumnAndRule() {
        ParsedRow row = parser.parse(service("12,50", "2023-02-29"));

        assertThat(row.ok()).isFalse();
        assertThat(row.defects()).extracting(RowDefect::column, RowDefect::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("START_DATE", FormatRule.NOT_A_DATE),
                org.assertj.core.groups.Tuple.tuple("UNIT_COST", FormatRule.NOT_A_DECIMAL));
    }

    @Test
    void anEmptyPrimaryKeyIsADefect() {
        SourceRow row = SourceRow.of(SourceTable.COUNCIL_TEAMS, "TEAMS.csv", 2,
                new String[]{null, "North", "OP", "NORTH", "Y"}, "raw");

        assertThat(parser.parse(row).defects()).extracting(RowDefect::rule).containsExactly(FormatRule.MISSING_KEY);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "CLIENT_ID, 12345678901, NOT_AN_INTEGER",
            "CLIENT_ID, 12a, NOT_AN_INTEGER",
            "DATE_OF_BIRTH, 31/12/1950, NOT_A_DATE",
            "DATE_OF_BIRTH, 1950-13-01, NOT_A_DATE",
            "LAST_UPDATED, 2024-01-01 10:00:00, NOT_A_TIMESTAMP",
            "GENDER, MF, TOO_LONG",
            "DATE_OF_BIRTH, +12345-01-01, NOT_A_DATE",
            "DATE_OF_BIRTH, -12345-01-01, NOT_A_DATE",
            "DATE_OF_BIRTH, 950-01-01, NOT_A_DATE",
            "DATE_OF_BIRTH, 1950-1-01, NOT_A_DATE",
            "LAST_UPDATED, +12345-01-01T10:00:00, NOT_A_TIMESTAMP",
            "LAST_UPDATED, 2024-01-01T10:00, NOT_A_TIMESTAMP",
            "MERGED_INTO_CLIENT_ID, 000000000001, NOT_AN_INTEGER"
    })
    void fieldsThatBreakTheAgreementAreNamed(String column, String text, FormatRule rule) {
        FieldParser.Outcome outcome = FieldParser.parse(SourceTable.COUNCIL_CLIENTS.column(column), text);

        assertThat(outcome.defect().rule()).isEqualTo(rule);
        assertThat(outcome.defect().column()).isEqualTo(column);
        assertThat(outcome.defect().message()).doesNotContain(text);
    }

    @Test
    void aNulCharacterInTextIsRefused() {
        FieldParser.Outcome outcome = FieldParser.parse(SourceTable.COUNCIL_CLIENTS.column("SURNAME"), "Smi\u0000th");

        assertThat(outcome.defect().rule()).isEqualTo(FormatRule.CONTROL_CHARACTER);
    }

    @Test
    void textIsTrimmedButNoteTextIsKeptExactly() {
        assertThat(FieldParser.parse(SourceTable.COUNCIL_CLIENTS.column("SURNAME"), "  Smith ").value())
                .isEqualTo("Smith");
        assertThat(FieldParser.parse(SourceTable.COUNCIL_CASE_NOTES.column("NOTE_TEXT"), " line one\n ").value())
                .isEqualTo(" line one\n ");
    }

    @Test
    void aDecimalLongerThanItsColumnCouldHoldIsRefusedBeforeItIsParsed() {
        FieldParser.Outcome outcome = FieldParser.parse(SourceTable.COUNCIL_SERVICES.column("UNIT_COST"),
                "1".repeat(2_000_000));

        assertThat(outcome.defect().rule()).isEqualTo(FormatRule.NOT_A_DECIMAL);
        assertThat(outcome.defect().message()).isEqualTo("longer than any decimal of at most 10 digits");
    }

    @Test
    void formatWritesTheAgreementsSpelling() {
        assertThat(FieldParser.format(LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isEqualTo("2024-01-02T03:04:05");
        assertThat(FieldParser.format(new BigDecimal("1.50"))).isEqualTo("1.50");
    }
}
