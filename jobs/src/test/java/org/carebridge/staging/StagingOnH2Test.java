package org.carebridge.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.ColumnType;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.NhsNumber;
import org.carebridge.quality.QualityProperties;
import org.carebridge.staging.StagingService.StagingReport;
import org.carebridge.testdata.LegacyBundleBuilder;
import org.carebridge.testdata.LegacyBundleBuilder.Written;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:staging;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.staging.chunk-size=50"})
class StagingOnH2Test extends StagingJobContract {

    /** An H2 trigger that fails the insert of one armed row number, once. */
    public static class FailOnce implements Trigger {
        static final AtomicLong ARMED = new AtomicLong(-1);

        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            if (newRow != null && ((Number) newRow[0]).longValue() == ARMED.get()) {
                ARMED.set(-1);
                throw new SQLException("injected fault: insert refused", "58000");
            }
        }
    }

    @Override
    void failOnceOnInsert(String stagingTable, long rowNo) {
        FailOnce.ARMED.set(rowNo);
        jdbc.execute("CREATE TRIGGER IF NOT EXISTS fail_once BEFORE INSERT ON " + stagingTable
                + " FOR EACH ROW CALL \"" + FailOnce.class.getName() + "\"");
    }

    @Override
    void removeFault() {
        FailOnce.ARMED.set(-1);
        jdbc.execute("DROP TRIGGER IF EXISTS fail_once");
    }

    // ---- hostile input, end to end (H2 only: what is proved is the reading and the parameters, not the database) --

    @Autowired
    QualityProperties quality;

    private static final String NOTE = "1001,10,2025-06-01T10:00:00,VISIT,";

    @Test
    void givenHostileRowsInACouncilFile_whenStaged_thenEachIsStagedOrQuarantinedWithItsLineColumnAndRule_andTheLedgerBalances()
            throws IOException {
        Written sources = LegacyBundleBuilder.sources().people(5).writeTo(dir);
        Path notes = sources.council().resolve("CASE_NOTES.csv");
        long first = lineBreaks(notes) + 1;
        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        hostile.writeBytes(utf8("9001," + NOTE + "before\0after\n"));
        hostile.writeBytes(utf8("9002," + NOTE + "\"quoted\"tail\n"));
        hostile.writeBytes(utf8("9003," + NOTE + "bad "));
        hostile.write(0xC3);
        hostile.writeBytes(utf8(" byte\n"));
        hostile.writeBytes(utf8("9004," + NOTE + "x".repeat(1_000_000) + "\n"));
        hostile.writeBytes(utf8(",".repeat(999_999) + "\n"));
        hostile.writeBytes(utf8("9005," + NOTE + "\"=HYPERLINK(\"\"http://evil.example\"\")\"\n"));
        hostile.writeBytes(utf8("9006," + NOTE + "x'); DROP TABLE stg_council_case_notes; --\n"));
        hostile.writeBytes(utf8("9007," + NOTE + "\"cut in the middle of a no"));
        Files.write(notes, hostile.toByteArray(), StandardOpenOption.APPEND);

        StagingReport report = staging.stage(request(sources));

        assertThat(report.outcome().succeeded()).as(report.outcome().reason()).isTrue();
        assertThat(report.balanced()).isTrue();
        LedgerLine ledger = ledgerLine(report, SourceTable.COUNCIL_CASE_NOTES);
        long clean = sources.rows(SourceTable.COUNCIL_CASE_NOTES);
        assertThat(List.of(ledger.read(), ledger.staged(), ledger.quarantined())).containsExactly(clean + 8, clean + 2, 6L);
        assertThat(jdbc.query("SELECT source_line, rule_id, column_name FROM stg_quarantine"
                        + " WHERE source_table = 'COUNCIL_CASE_NOTES' ORDER BY source_line",
                (rs, i) -> (rs.getLong(1) - first) + " " + rs.getString(2) + " " + rs.getString(3)))
                .as("line after the clean rows, rule, column").containsExactly(
                        "0 CONTROL_CHARACTER NOTE_TEXT",
                        "1 CSV_MALFORMED_QUOTE NOTE_TEXT",
                        "2 INVALID_ENCODING NOTE_TEXT",
                        "3 TOO_LONG NOTE_TEXT",
                        "4 CSV_FIELD_COUNT null",
                        "7 CSV_UNTERMINATED_QUOTE null");
        assertThat(jdbc.queryForList("SELECT note_text FROM stg_council_case_notes WHERE note_id IN (9005, 9006)"
                + " ORDER BY note_id", String.class))
                .containsExactly("=HYPERLINK(\"http://evil.example\")", "x'); DROP TABLE stg_council_case_notes; --");
    }

    @Test
    void givenSqlMetacharactersInEveryTextFieldOfEveryTable_whenStaged_thenTheyAreStagedVerbatim_andTheLedgerBalances() {
        Written sources = LegacyBundleBuilder.sources().people(3).sqlMetacharacters().writeTo(dir);

        StagingReport report = staging.stage(request(sources));

        assertThat(report.balanced()).as(report.outcome().reason()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_quarantine", Long.class)).isZero();
        Set<String> fixedByARule = Set.of("NHS_NUMBER", "NHSNumber"); // hyphens removed: a recorded FIX
        List<String> checked = new ArrayList<>();
        for (SourceTable table : SourceTable.values()) {
            Map<String, Object> staged = jdbc.queryForMap("SELECT * FROM " + table.stagingTable()
                    + " WHERE source_line = ?", sources.sqlMetacharacterLines().get(table));
            for (Column column : table.columns()) {
                if (column.type() == ColumnType.TEXT || column.type() == ColumnType.LONG_TEXT) {
                    String written = LegacyBundleBuilder.sqlMetacharactersFor(column);
                    assertThat(staged.get(column.dbName())).as(table + "." + column.name())
                            .isEqualTo(fixedByARule.contains(column.name()) ? NhsNumber.normalise(written) : written);
                    checked.add(table + "." + column.name());
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(80);
    }

    @Test
    void givenAFileWithHundredsOfUnknownColumns_whenStaged_thenItIsStagedAndTheLedgerNamesThemWithinItsWidth()
            throws IOException {
        Written sources = LegacyBundleBuilder.sources().people(3).writeTo(dir);
        Path teams = sources.council().resolve("TEAMS.csv");
        String extra = IntStream.rangeClosed(1, 300).mapToObj(i -> String.format("EXTRA_COLUMN_%03d", i))
                .collect(Collectors.joining(","));
        List<String> lines = Files.readAllLines(teams);
        List<String> widened = new ArrayList<>(List.of(lines.get(0) + "," + extra));
        lines.subList(1, lines.size()).forEach(line -> widened.add(line + ",".repeat(300)));
        Files.write(teams, widened);

        StagingReport report = staging.stage(request(sources));

        assertThat(report.balanced()).as(report.outcome().reason()).isTrue();
        String ignored = jdbc.queryForObject("SELECT ignored_columns FROM staging_ledger WHERE run_id = ?"
                + " AND source_table = 'COUNCIL_TEAMS'", String.class, report.runId());
        assertThat(ignored).hasSizeLessThanOrEqualTo(1000).startsWith("EXTRA_COLUMN_001,EXTRA_COLUMN_002,")
                .matches(".*,… \\(\\d+ more\\)");
    }

    @Test
    void givenAFormulaLookingKey_whenStaged_thenTheDataQualityExceptionsFileShowsItAsText() throws IOException {
        Written sources = LegacyBundleBuilder.sources().people(3).writeTo(dir);
        Files.writeString(sources.council().resolve("TEAMS.csv"), "=1+1,Formula team,OP,NOWHERE,Y\n",
                StandardOpenOption.APPEND);

        StagingReport report = staging.stage(request(sources));

        Path exceptions = quality.reportsDir().resolve("staging").resolve("run-" + report.runId())
                .resolve("dq-exceptions.csv");
        assertThat(Files.readAllLines(exceptions)).anySatisfy(line ->
                assertThat(line).startsWith("COUNCIL,COUNCIL_TEAMS,'=1+1,").contains("UNMAPPED_CODE"));
    }

    @Test
    void givenACouncilFileLinkedToAFileOutsideTheBundle_whenStaged_thenTheRunIsRefusedNamingIt_andNothingIsStaged()
            throws IOException {
        Written sources = LegacyBundleBuilder.sources().people(3).writeTo(dir);
        Path clients = sources.council().resolve("CLIENTS.csv");
        Path outside = Files.move(clients, dir.resolve("CLIENTS-elsewhere.csv"));
        Files.createSymbolicLink(clients, outside);
        jdbc.execute("TRUNCATE TABLE stg_council_clients");

        StagingReport report = staging.stage(request(sources));

        assertThat(report.outcome().succeeded()).isFalse();
        assertThat(report.outcome().reason()).contains("CLIENTS.csv lead(s) outside the bundle folder");
        assertThat(countRows(SourceTable.COUNCIL_CLIENTS)).isZero();
    }

    private static LedgerLine ledgerLine(StagingReport report, SourceTable table) {
        return report.ledger().stream().filter(l -> l.table() == table).findFirst().orElseThrow();
    }

    private static long lineBreaks(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return IntStream.range(0, bytes.length).filter(i -> bytes[i] == '\n').count();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
