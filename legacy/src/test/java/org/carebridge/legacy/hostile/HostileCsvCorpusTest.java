package org.carebridge.legacy.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.opencsv.CSVReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.CsvTableWriter;
import org.carebridge.legacy.csv.FormatRule;
import org.carebridge.legacy.csv.SpreadsheetSafe;
import org.carebridge.legacy.format.ParsedRow;
import org.junit.jupiter.api.Test;

/**
 * The hostile and broken files of {@code src/test/resources/hostile/} (and a few too big to commit, made here),
 * each with the precise outcome the product promises: a refused file names itself, line 1 and what is wrong
 * without quoting a value; any other row ends staged or quarantined with its line, column and rule.
 */
class HostileCsvCorpusTest {

    private static final SourceTable TEAMS = SourceTable.COUNCIL_TEAMS;
    private static final SourceTable NOTES = SourceTable.COUNCIL_CASE_NOTES;
    private static final String TEAMS_HEADER = "TEAM_CODE,TEAM_NAME,SERVICE_AREA,LOCALITY,ACTIVE\n";
    private static final String NOTES_HEADER = "NOTE_ID,CLIENT_ID,WORKER_ID,NOTE_DATE,NOTE_TYPE,NOTE_TEXT\n";
    private static final int TEN_MB = 10 * 1024 * 1024;

    // ---- wrong delimiter -------------------------------------------------------------------------------------

    @Test
    void aSemicolonSeparatedFileIsRefusedAtLine1AsLookingSemicolonSeparated() {
        assertThatThrownBy(() -> Outcomes.of(TEAMS, "wrong-delimiter-semicolon.csv"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("wrong-delimiter-semicolon.csv: line 1: none of the 5 agreed TEAMS column names is in the"
                        + " header; line 1 holds no comma but ';': the file looks ';'-separated, and the agreement"
                        + " requires commas (expected the TEAMS columns of the interface agreement, comma separated)");
    }

    @Test
    void aTabSeparatedFileIsRefusedAtLine1AsLookingTabSeparated() {
        assertThatThrownBy(() -> Outcomes.of(TEAMS, "wrong-delimiter-tab.csv"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith("wrong-delimiter-tab.csv: line 1: none of the 5 agreed TEAMS column names")
                .hasMessageContaining("the file looks tab-separated");
    }

    @Test
    void aRowSeparatedBySemicolonsInACommaFileIsQuarantinedAloneWithItsFieldCount() {
        Outcomes read = Outcomes.of(TEAMS, "wrong-delimiter-in-one-row.csv");

        assertThat(read.lines()).containsExactly("line 2: staged", "line 3: CSV_FIELD_COUNT", "line 4: staged");
        assertThat(read.defect(3).message()).isEqualTo("expected 5 fields as in the header, found 1");
    }

    // ---- header ----------------------------------------------------------------------------------------------

    @Test
    void aFileWithoutItsHeaderRowIsRefusedWithoutQuotingTheDataOnItsFirstLine() {
        assertThatThrownBy(() -> Outcomes.of(SourceTable.COUNCIL_CLIENTS, "missing-header.csv"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith("missing-header.csv: line 1: none of the 20 agreed CLIENTS column names is in"
                        + " the header; line 1 may be a data row: a file must start with its header row")
                .message().doesNotContain("Sam", "1001", "9990000018", "Test Street", "DA7");
    }

    @Test
    void aDuplicatedAgreedHeaderColumnIsRefusedByName() {
        assertThatThrownBy(() -> Outcomes.of(TEAMS, "duplicated-header-column.csv"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith("duplicated-header-column.csv: line 1: duplicated header column(s) ACTIVE");
    }

    @Test
    void aDuplicatedUnknownHeaderColumnIsRefusedByPositionNotByName() {
        assertThatThrownBy(() -> Outcomes.of(TEAMS, "duplicated-unknown-column.csv"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith("duplicated-unknown-column.csv: line 1: an unknown column name is repeated"
                        + " (fields 6 and 7)")
                .message().doesNotContain("NOTE");
    }

    @Test
    void aHeaderOfAMillionColumnsIsRefusedWithoutSplittingIt() {
        String header = "TEAM_CODE,TEAM_NAME,SERVICE_AREA,LOCALITY,ACTIVE" + ",X".repeat(999_996) + "\n";

        assertThatThrownBy(() -> Outcomes.of(TEAMS, "TEAMS.csv", header))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("TEAMS.csv: line 1: the header has 1000001 columns; a file of the agreement has at most "
                        + CsvTableReader.MAX_HEADER_COLUMNS);
    }

    // ---- quotes ----------------------------------------------------------------------------------------------

    @Test
    void unbalancedQuotesCostOnlyTheirOwnRecordAndEveryOtherRowKeepsItsLine() {
        assertThat(Outcomes.of(TEAMS, "unbalanced-quotes.csv").lines()).containsExactly(
                "line 2: staged",
                "line 3: CSV_MALFORMED_QUOTE TEAM_NAME",
                "line 4: CSV_MALFORMED_QUOTE TEAM_NAME",
                "line 5: CSV_MALFORMED_QUOTE TEAM_NAME",
                "line 6: CSV_UNTERMINATED_QUOTE",
                "line 7: staged",
                "line 8: staged",
                "line 9: CSV_UNTERMINATED_QUOTE",
                "line 10: staged");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsMalformedNamingTheField() {
        assertThat(Outcomes.of(TEAMS, "unbalanced-quotes.csv").defect(3).message())
                .isEqualTo("field 2: a double quote inside a field that does not start with one");
    }

    @Test
    void textAfterAClosingQuoteIsMalformedInsteadOfBeingFoldedIntoTheValue() {
        // A lenient splitter would have staged TEAM_NAME as North"x"y: a value nobody wrote.
        Outcomes read = Outcomes.of(TEAMS, "unbalanced-quotes.csv");

        assertThat(read.defect(4).message()).isEqualTo("field 2: characters after the closing quote of a quoted field");
        assertThat(read.defect(5).rule()).isEqualTo(FormatRule.CSV_MALFORMED_QUOTE);
    }

    @Test
    void aQuoteThatOnlySeemsClosedOnALaterLineIsUnterminatedAndTheLinesBetweenAreReadAgain() {
        Outcomes read = Outcomes.of(TEAMS, "unbalanced-quotes.csv");

        assertThat(read.defect(6).message()).isEqualTo("a quoted field opened on this line is never properly closed"
                + " (line 8 has text after the quote that would close it)");
        assertThat(read.row(7).value("TEAM_CODE")).isEqualTo("T06");
        assertThat(read.row(8).value("TEAM_NAME")).isEqualTo("Central");
    }

    @Test
    void aQuoteNeverClosedBeforeTheEndOfTheFileCostsItsLineOnly() {
        Outcomes read = Outcomes.of(TEAMS, "unbalanced-quotes.csv");

        assertThat(read.defect(9).message())
                .isEqualTo("a quoted field opened on this line is never closed before the end of the file");
        assertThat(read.row(10).value("TEAM_CODE")).isEqualTo("T09");
    }

    // ---- embedded line breaks and NULs -----------------------------------------------------------------------

    @Test
    void lineBreaksAreKeptInsideQuotedNotesRefusedInOtherTextAndSplitUnquotedRows() {
        assertThat(Outcomes.of(NOTES, "embedded-newlines.csv").lines()).containsExactly(
                "line 2: staged",
                "line 5: staged",
                "line 7: CONTROL_CHARACTER NOTE_TYPE",
                "line 9: CSV_FIELD_COUNT",
                "line 10: CSV_FIELD_COUNT",
                "line 11: staged");
    }

    @Test
    void aQuotedNoteKeepsItsLineBreaks_andACrlfInsideItIsReadAsLf() {
        Outcomes read = Outcomes.of(NOTES, "embedded-newlines.csv");

        assertThat(read.row(2).value("NOTE_TEXT")).isEqualTo("Seen at home\nsaid fine\nleft");
        assertThat(read.row(5).value("NOTE_TEXT")).isEqualTo("CRLF inside\nthe note");
    }

    @Test
    void aNulCharacterRejectsItsRowNamingTheColumn() {
        assertThat(Outcomes.of(NOTES, "nul-characters.csv").lines()).containsExactly(
                "line 2: CONTROL_CHARACTER NOTE_TEXT",
                "line 3: CONTROL_CHARACTER NOTE_ID",
                "line 4: staged");
    }

    // ---- encodings -------------------------------------------------------------------------------------------

    @Test
    void everyKindOfInvalidUtf8RejectsItsRowNamingTheColumn() {
        Outcomes read = Outcomes.of(TEAMS, "invalid-utf8.csv");

        assertThat(read.lines()).containsExactly(
                "line 2: INVALID_ENCODING TEAM_NAME",   // a lead byte without its continuation
                "line 3: INVALID_ENCODING TEAM_NAME",   // a lone continuation byte
                "line 4: INVALID_ENCODING TEAM_NAME",   // an overlong encoding of '/'
                "line 5: INVALID_ENCODING TEAM_NAME",   // an encoded UTF-16 surrogate
                "line 6: INVALID_ENCODING TEAM_CODE",   // 0xFF, never in UTF-8
                "line 7: staged",
                "line 8: INVALID_ENCODING ACTIVE");     // a sequence cut by the end of the file
        assertThat(read.row(7).value("TEAM_NAME")).isEqualTo("Zoë");
    }

    @Test
    void aLatin1OrWindows1252FileRejectsExactlyTheRowsWithCharactersBeyondAscii() {
        assertThat(Outcomes.of(TEAMS, "latin1.csv").lines()).containsExactly(
                "line 2: INVALID_ENCODING TEAM_NAME",
                "line 3: staged",
                "line 4: INVALID_ENCODING TEAM_NAME");
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRefusedAsUtf16() {
        for (String file : new String[]{"utf16le-bom.csv", "utf16be-bom.csv"}) {
            assertThatThrownBy(() -> Outcomes.of(TEAMS, file))
                    .isInstanceOf(BundleFormatException.class)
                    .hasMessage(file + ": line 1: the file starts with a UTF-16 byte-order mark; the agreement requires"
                            + " UTF-8");
        }
    }

    @Test
    void aUtf16FileWithoutAByteOrderMarkIsRefusedForItsNulCharacters() {
        assertThatThrownBy(() -> Outcomes.of(TEAMS, "utf16le-no-bom.csv"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith("utf16le-no-bom.csv: line 1: none of the 5 agreed TEAMS column names")
                .hasMessageContaining("line 1 holds NUL characters: the file looks UTF-16 encoded");
    }

    @Test
    void aFileWhoseLinesEndInCrAloneIsRefusedSayingSo() {
        assertThatThrownBy(() -> Outcomes.of(TEAMS, "cr-line-ends.csv"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith("cr-line-ends.csv: line 1: header lacks column(s) ACTIVE; line 1 holds a"
                        + " carriage return: the lines seem to end in CR alone");
    }

    // ---- formula-looking values and SQL metacharacters -------------------------------------------------------

    @Test
    void formulaLookingValuesAreReadVerbatim_andACarriageReturnInTextIsRefused() {
        Outcomes read = Outcomes.of(TEAMS, "formula-values.csv");

        assertThat(read.lines()).containsExactly("line 2: staged", "line 3: staged", "line 4: staged",
                "line 5: staged", "line 6: staged", "line 7: CONTROL_CHARACTER TEAM_NAME");
        assertThat(read.row(2).value("TEAM_CODE")).isEqualTo("=1+1");
        assertThat(read.row(2).value("TEAM_NAME")).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(read.row(3).value("TEAM_NAME")).isEqualTo("+1+cmd|' /C calc'!A0");
        assertThat(read.row(4).value("TEAM_NAME")).isEqualTo("-2+3");
        assertThat(read.row(5).value("TEAM_NAME")).isEqualTo("@SUM(A1:A2)");
        assertThat(read.row(6).value("TEAM_NAME")).as("stray whitespace is trimmed").isEqualTo("=1+1");
    }

    @Test
    void formulaLookingValuesWrittenForAPersonThroughSpreadsheetSafeAllReadBackAsText() {
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        try (CsvTableWriter writer = CsvTableWriter.create(sheet, List.of("source_key", "value"))) {
            for (ParsedRow row : Outcomes.of(TEAMS, "formula-values.csv").rows()) {
                writer.write(SpreadsheetSafe.cell(row.source().values()[0]),
                        SpreadsheetSafe.cell(row.source().values()[1]));
            }
        }

        List<String> cells = new ArrayList<>();
        try (CSVReader reader = new CSVReader(new StringReader(sheet.toString(StandardCharsets.UTF_8)))) {
            reader.skip(1);
            reader.forEach(line -> cells.addAll(List.of(line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(cells).filteredOn(c -> !c.startsWith("T0")).hasSize(7)
                .allSatisfy(c -> assertThat(c).startsWith("'"));
    }

    @Test
    void sqlMetacharactersInEveryTextFieldAreReadVerbatim() {
        Outcomes read = Outcomes.of(TEAMS, "sql-metacharacters.csv");

        assertThat(read.lines()).containsOnly("line 2: staged", "line 3: staged", "line 4: staged", "line 5: staged",
                "line 6: staged");
        assertThat(read.rows()).extracting(r -> r.value("TEAM_CODE"))
                .containsExactly("T01'", "T02;", "T03--", "T04\\", "T05%");
        assertThat(read.rows()).extracting(r -> r.value("TEAM_NAME")).containsExactly("O'Brien's team",
                "x'); DROP TABLE stg_council_teams; --", "/* comment */ name", "back\\slash \\' and \\\\",
                "100% _wild_ \"card\"");
    }

    // ---- truncated files -------------------------------------------------------------------------------------

    @Test
    void aFileCutInsideAQuotedNoteEndsWithAnUnterminatedQuoteOnTheLastRowsLine() {
        Outcomes read = Outcomes.of(NOTES, "truncated-in-quoted-note.csv");

        assertThat(read.lines()).containsExactly("line 2: staged", "line 3: staged", "line 4: CSV_UNTERMINATED_QUOTE");
        assertThat(read.rowsRead()).isEqualTo(3);
    }

    @Test
    void aFileCutInsideAnUnquotedFieldEndsWithAShortRow() {
        Outcomes read = Outcomes.of(NOTES, "truncated-in-unquoted-field.csv");

        assertThat(read.lines()).containsExactly("line 2: staged", "line 3: CSV_FIELD_COUNT");
        assertThat(read.defect(3).message()).isEqualTo("expected 6 fields as in the header, found 4");
    }

    @Test
    void aFileCutInTheLastFieldCannotBeToldFromACompleteOne_onlyAManifestCatchesIt() {
        // Honest limit: the council bundle has no manifest, so this truncation is staged as it reads.
        Outcomes read = Outcomes.of(NOTES, "truncated-at-field-boundary.csv");

        assertThat(read.lines()).containsExactly("line 2: staged", "line 3: staged");
        assertThat(read.row(3).value("NOTE_TEXT")).isEqualTo("The no");
    }

    // ---- sizes (generated: too big to commit) ----------------------------------------------------------------

    @Test
    void aTenMegabyteNoteIsRejectedAsTooLongNamingItsColumn_andTheNextRowIsRead() {
        String csv = NOTES_HEADER + "1,10,20,2024-01-02T10:00:00,VISIT,\"" + "x".repeat(TEN_MB) + "\"\n"
                + "2,10,20,2024-01-03T10:00:00,PHONE,short\n";

        Outcomes read = Outcomes.of(NOTES, "CASE_NOTES.csv", csv);

        assertThat(read.lines()).containsExactly("line 2: TOO_LONG NOTE_TEXT", "line 3: staged");
        assertThat(read.defect(2).message()).isEqualTo(TEN_MB + " characters where at most 32000 are agreed");
    }

    @Test
    void aTenMegabyteTeamNameIsRejectedAsTooLongNamingItsColumn() {
        Outcomes read = Outcomes.of(TEAMS, "TEAMS.csv", TEAMS_HEADER + "T01," + "n".repeat(TEN_MB) + ",OP,NORTH,Y\n");

        assertThat(read.lines()).containsExactly("line 2: TOO_LONG TEAM_NAME");
    }

    @Test
    void aTenMegabyteNumberIsRejectedAtOnceInsteadOfBeingParsed() {
        String services = "SERVICE_ID,CLIENT_ID,SERVICE_TYPE,SERVICE_COMPONENT,DELIVERY_MECHANISM,"
                + "PROVIDER_CQC_LOCATION_ID,PROVIDER_NAME,START_DATE,END_DATE,UNIT_COST,COST_FREQUENCY,"
                + "PLANNED_UNITS_PER_WEEK\n";
        String row = "6001,1001,Long Term Support: Community,Home Care,,,Acme Care,2024-01-01,," + "9".repeat(TEN_MB)
                + ",Weekly,\n";

        // BigDecimal would take tens of minutes over ten million digits.
        Outcomes read = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Outcomes.of(SourceTable.COUNCIL_SERVICES, "SERVICES.csv", services + row));

        assertThat(read.lines()).containsExactly("line 2: NOT_A_DECIMAL UNIT_COST");
        assertThat(read.defect(2).message()).isEqualTo("longer than any decimal of at most 10 digits");
    }

    @Test
    void aLineBeyondTheCeilingIsRejectedAsTooLong_andItsQuotesBeyondTheCutStillEndTheRecord() {
        int beyond = CsvTableReader.DEFAULT_MAX_LINE_CHARS + 1024;
        String csv = NOTES_HEADER + "1,10,20,2024-01-02T10:00:00,VISIT,\"" + "y".repeat(beyond) + "\"\n"
                + "2,10,20,2024-01-03T10:00:00,PHONE,short\n";

        Outcomes read = Outcomes.of(NOTES, "CASE_NOTES.csv", csv);

        assertThat(read.lines()).containsExactly("line 2: TOO_LONG", "line 3: staged");
        assertThat(read.defect(2).message())
                .isEqualTo("the record is longer than " + CsvTableReader.DEFAULT_MAX_LINE_CHARS + " characters");
    }

    @Test
    void aMillionColumnLineIsRejectedForItsFieldCountWithoutBeingSplit() {
        Outcomes read = Outcomes.of(TEAMS, "TEAMS.csv", TEAMS_HEADER + ",".repeat(999_999) + "\nT01,North,OP,NORTH,Y\n");

        assertThat(read.lines()).containsExactly("line 2: CSV_FIELD_COUNT", "line 3: staged");
        assertThat(read.defect(2).message()).isEqualTo("expected 5 fields as in the header, found 1000000");
    }
}
