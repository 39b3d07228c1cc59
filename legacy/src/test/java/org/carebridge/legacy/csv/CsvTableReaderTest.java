package org.carebridge.legacy.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.SourceTable;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

    private static final String TEAMS_HEADER = "TEAM_CODE,TEAM_NAME,SERVICE_AREA,LOCALITY,ACTIVE";

    private static List<SourceRow> readAll(SourceTable table, byte[] bytes) {
        try (CsvTableReader reader = CsvTableReader.open(table, "TEST.csv", new ByteArrayInputStream(bytes))) {
            List<SourceRow> rows = new ArrayList<>();
            for (SourceRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<SourceRow> readAll(SourceTable table, String text) {
        return readAll(table, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsColumnsByHeaderNameInAnyOrder() {
        List<SourceRow> rows = readAll(SourceTable.COUNCIL_TEAMS,
                "ACTIVE,LOCALITY,TEAM_CODE,SERVICE_AREA,TEAM_NAME\nY,NORTH,T01,OP,North older people\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.value("TEAM_CODE")).isEqualTo("T01");
            assertThat(row.value("TEAM_NAME")).isEqualTo("North older people");
            assertThat(row.value("ACTIVE")).isEqualTo("Y");
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void ignoresAByteOrderMarkAndCrlfLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (TEAMS_HEADER + "\r\nT01,North,OP,NORTH,Y\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);

        List<SourceRow> rows = readAll(SourceTable.COUNCIL_TEAMS, bytes);

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.value("ACTIVE")).isEqualTo("Y"));
    }

    @Test
    void emptyFieldsAreNull() {
        List<SourceRow> rows = readAll(SourceTable.COUNCIL_TEAMS, TEAMS_HEADER + "\nT01,,OP,,Y\n");

        assertThat(rows.get(0).value("TEAM_NAME")).isNull();
        assertThat(rows.get(0).value("LOCALITY")).isNull();
    }

    @Test
    void aQuotedFieldMaySpanLinesAndTheNextRowKeepsItsTrueLineNumber() {
        String csv = "NOTE_ID,CLIENT_ID,WORKER_ID,NOTE_DATE,NOTE_TYPE,NOTE_TEXT\n"
                + "1,10,20,2024-01-02T10:00:00,VISIT,\"Seen at home, said \"\"fine\"\"\nthen\nleft\"\n"
                + "2,10,20,2024-01-03T10:00:00,PHONE,short\n";

        List<SourceRow> rows = readAll(SourceTable.COUNCIL_CASE_NOTES, csv);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).value("NOTE_TEXT")).isEqualTo("Seen at home, said \"fine\"\nthen\nleft");
        assertThat(rows.get(1).line()).isEqualTo(5);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsBrokenAndReadingCarriesOn() {
        List<SourceRow> rows = readAll(SourceTable.COUNCIL_TEAMS,
                TEAMS_HEADER + "\nT01,North,OP,NORTH\nT02,South,OP,SOUTH,Y\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).defect().rule()).isEqualTo(FormatRule.CSV_FIELD_COUNT);
        assertThat(rows.get(0).defect().message()).contains("expected 5", "found 4");
        assertThat(rows.get(0).rawText()).isEqualTo("T01,North,OP,NORTH");
        assertThat(rows.get(1).isBroken()).isFalse();
    }

    @Test
    void anUnterminatedQuoteCostsOnlyItsOwnLine() {
        List<SourceRow> rows = readAll(SourceTable.COUNCIL_TEAMS,
                TEAMS_HEADER + "\nT01,\"North,OP,NORTH,Y\nT02,South,OP,SOUTH,Y\nT03,Central,OP,CENTRAL,Y\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).defect().rule()).isEqualTo(FormatRule.CSV_UNTERMINATED_QUOTE);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).value("TEAM_CODE")).isEqualTo("T02");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(2).value("TEAM_CODE")).isEqualTo("T03");
    }

    @Test
    void invalidUtf8BreaksTheRowNamingTheColumn() {
        byte[] good = (TEAMS_HEADER + "\nT01,Nor").getBytes(StandardCharsets.UTF_8);
        byte[] rest = "th,OP,NORTH,Y\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1 + rest.length];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3; // a lone lead byte
        System.arraycopy(rest, 0, bytes, good.length + 1, rest.length);

        List<SourceRow> rows = readAll(SourceTable.COUNCIL_TEAMS, bytes);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.defect().rule()).isEqualTo(FormatRule.INVALID_ENCODING);
            assertThat(row.defect().column()).isEqualTo("TEAM_NAME");
        });
    }

    @Test
    void blankLinesBetweenRecordsAreCountedNotReturned() {
        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_TEAMS, "TEST.csv",
                new ByteArrayInputStream((TEAMS_HEADER + "\n\nT01,North,OP,NORTH,Y\n\n")
                        .getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.next().line()).isEqualTo(3);
            assertThat(reader.next()).isNull();
            assertThat(reader.blankLines()).isEqualTo(2);
        }
    }

    @Test
    void unknownColumnsAreIgnoredAndReported() {
        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_TEAMS, "TEST.csv",
                new ByteArrayInputStream((TEAMS_HEADER + ",EXTRA\nT01,North,OP,NORTH,Y,x\n")
                        .getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.ignoredColumns()).containsExactly("EXTRA");
            assertThat(reader.next().value("ACTIVE")).isEqualTo("Y");
        }
    }

    @Test
    void aHeaderWithoutAnAgreedColumnIsRefusedNamingTheColumnAndFile() {
        assertThatThrownBy(() -> readAll(SourceTable.COUNCIL_TEAMS, "TEAM_CODE,team_name,SERVICE_AREA,ACTIVE\n"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("TEST.csv: line 1")
                .hasMessageContaining("TEAM_NAME (found 'team_name'")
                .hasMessageContaining("LOCALITY");
    }

    @Test
    void aDuplicatedHeaderColumnIsRefused() {
        assertThatThrownBy(() -> readAll(SourceTable.COUNCIL_TEAMS, TEAMS_HEADER + ",ACTIVE\n"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("duplicated header column(s) ACTIVE");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> readAll(SourceTable.COUNCIL_TEAMS, ""))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("TEST.csv: is empty");
    }

    @Test
    void aSemicolonSeparatedFileIsRefusedAtItsHeader() {
        assertThatThrownBy(() -> readAll(SourceTable.COUNCIL_TEAMS, TEAMS_HEADER.replace(',', ';') + "\n"))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("none of the 5 agreed TEAMS column names is in the header")
                .hasMessageContaining("the file looks ';'-separated");
    }

    /** Every kind of record the reader knows: sound, spanning lines, too few fields, an unclosed quote, blank lines. */
    private static final String MESSY_NOTES = "NOTE_ID,CLIENT_ID,WORKER_ID,NOTE_DATE,NOTE_TYPE,NOTE_TEXT\n"
            + "1,10,20,2024-01-02T10:00:00,VISIT,\"Seen at home\nthen\nleft\"\n"
            + "\n"
            + "2,10,20,2024-01-03T10:00:00,PHONE\n"
            + "3,10,20,2024-01-03T10:00:00,PHONE,\"never closed\n"
            + "4,10,20,2024-01-04T10:00:00,PHONE,short\n"
            + "5,10,20,2024-01-05T10:00:00,PHONE,\"a \"\"quoted\"\" word\"\n";

    @Test
    void skippingToTheEndCountsTheRowsReadingReturnsBrokenOnesIncluded() {
        List<SourceRow> read = readAll(SourceTable.COUNCIL_CASE_NOTES, MESSY_NOTES);

        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_CASE_NOTES, "TEST.csv",
                new ByteArrayInputStream(MESSY_NOTES.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.skipToEnd()).isEqualTo(read.size()).isEqualTo(5);
            assertThat(reader.rowsRead()).isEqualTo(5);
            assertThat(reader.blankLines()).isEqualTo(1);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void afterSkippingAnyNumberOfRowsTheNextRowIsTheOneReadingWouldHaveReturned() {
        List<SourceRow> read = readAll(SourceTable.COUNCIL_CASE_NOTES, MESSY_NOTES);

        for (int skip = 0; skip < read.size(); skip++) {
            try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_CASE_NOTES, "TEST.csv",
                    new ByteArrayInputStream(MESSY_NOTES.getBytes(StandardCharsets.UTF_8)))) {
                reader.skip(skip);
                SourceRow next = reader.next();
                assertThat(next.line()).as("after skipping %d", skip).isEqualTo(read.get(skip).line());
                assertThat(next.rawText()).isEqualTo(read.get(skip).rawText());
                assertThat(next.values()).containsExactly(read.get(skip).values());
            }
        }
    }

    @Test
    void skipResumesAfterRowsAlreadyProcessed() {
        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_TEAMS, "TEST.csv",
                new ByteArrayInputStream((TEAMS_HEADER + "\nT01,a,OP,NORTH,Y\nT02,b,OP,NORTH,Y\nT03,c,OP,NORTH,Y\n")
                        .getBytes(StandardCharsets.UTF_8)))) {
            reader.skip(2);
            assertThat(reader.next().value("TEAM_CODE")).isEqualTo("T03");
            assertThat(reader.rowsRead()).isEqualTo(3);
        }
    }

    @Test
    void aQuotedFieldStillOpenAfterTheLineLimitIsUnterminatedAndTheLinesAfterItAreReadAgain() {
        byte[] csv = (TEAMS_HEADER + "\nT01,\"North\nT02,a,OP,NORTH,Y\nT03,b,OP,NORTH,Y\nT04,c,OP,NORTH,Y\n")
                .getBytes(StandardCharsets.UTF_8);
        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_TEAMS, "TEST.csv",
                new ByteArrayInputStream(csv), 3, 1_000)) {
            SourceRow first = reader.next();
            assertThat(first.defect().message()).isEqualTo("a quoted field opened on this line is not closed within 3 lines");
            assertThat(reader.next().value("TEAM_CODE")).isEqualTo("T02");
            assertThat(reader.next().value("TEAM_CODE")).isEqualTo("T03");
            assertThat(reader.next().value("TEAM_CODE")).isEqualTo("T04");
        }
    }

    @Test
    void aQuotedFieldStillOpenBeyondTheCharacterCeilingIsUnterminated() {
        String filler = "x".repeat(30);
        byte[] csv = (TEAMS_HEADER + "\nT01,\"" + filler + "\n" + filler + "\n" + filler + "\nT02,a,OP,NORTH,Y\n")
                .getBytes(StandardCharsets.UTF_8);
        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_TEAMS, "TEST.csv",
                new ByteArrayInputStream(csv), 10_000, 50)) {
            assertThat(reader.next().defect().message())
                    .isEqualTo("a quoted field opened on this line is not closed within 50 characters");
            assertThat(reader.next().defect().rule()).isEqualTo(FormatRule.CSV_FIELD_COUNT);
        }
    }

    @Test
    void aRefusedHeaderClosesTheStream() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream("NOT,A,HEADER\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThatThrownBy(() -> CsvTableReader.open(SourceTable.COUNCIL_TEAMS, "TEST.csv", in))
                .isInstanceOf(BundleFormatException.class);
        assertThat(closed[0]).isTrue();
    }

    @Test
    void aRecordWhoseLinesTogetherPassTheCeilingIsTooLongEvenWhenItsQuoteCloses() {
        String filler = "x".repeat(30);
        byte[] csv = (TEAMS_HEADER + "\nT01,\"" + filler + "\n" + filler + "\",OP,NORTH,Y\nT02,a,OP,NORTH,Y\n")
                .getBytes(StandardCharsets.UTF_8);
        try (CsvTableReader reader = CsvTableReader.open(SourceTable.COUNCIL_TEAMS, "TEST.csv",
                new ByteArrayInputStream(csv), 10_000, 50)) {
            SourceRow first = reader.next();
            assertThat(first.defect().rule()).isEqualTo(FormatRule.TOO_LONG);
            assertThat(first.defect().message()).isEqualTo("the record is longer than 50 characters");
            assertThat(reader.next().value("TEAM_CODE")).isEqualTo("T02");
        }
    }
}
