package org.carebridge.reconciliation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.testdata.Checks;
import org.carebridge.reconciliation.testdata.Contexts;
import org.carebridge.reconciliation.testdata.Exceptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportPackWriterTest {

    @TempDir
    Path root;

    private ReportPack writeSample() {
        return new ReportPackWriter(root).write(Contexts.context().build(), SamplePack.CHECKS, SamplePack.charts(),
                SamplePack.exceptions().iterator());
    }

    private static List<String[]> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file); CSVReader reader = new CSVReader(in)) {
            return reader.readAll();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void thePackGoesToWaveAndRunIdAndHoldsExactlyItsFiveFiles() throws IOException {
        ReportPack pack = writeSample();

        assertThat(pack.directory()).isEqualTo(root.resolve("W1").resolve("rehearsal-1"));
        try (Stream<Path> files = Files.list(pack.directory())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("summary.csv", "summary.json", "exceptions.csv", "report.html",
                            "SHA256SUMS");
        }
    }

    @Test
    void summaryCsvHasOneRowPerCheckWithFiguresToleranceAndStatus() throws Exception {
        List<String[]> rows = csv(writeSample().directory().resolve("summary.csv"));

        assertThat(rows.get(0)).containsExactly("check_id", "category", "title", "description", "unit", "expected",
                "actual", "difference", "allowed_difference", "tolerance_rule", "status", "exceptions");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).containsExactly("money-weekly-total", "MONEY", "Weekly cost of open packages",
                "The weekly cost of every open council care package, to the penny.", "POUNDS", "104500.10",
                "104480.00", "-20.10", "0.00", "exact match", "FAIL", "2");
        assertThat(rows.get(1)[10]).isEqualTo("PASS");
    }

    @Test
    void summaryJsonCarriesTheHeadlineContextAndEveryCheck() throws Exception {
        Path file = writeSample().directory().resolve("summary.json");
        JsonNode json = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build().readTree(file.toFile());

        assertThat(json.get("format").asString()).isEqualTo("carebridge-reconciliation-summary/1");
        assertThat(json.get("headline").asString()).isEqualTo("FAIL");
        assertThat(json.get("wave").asString()).isEqualTo("W1");
        assertThat(json.get("ranAt").asString()).isEqualTo("2025-03-01T14:05:00Z");
        assertThat(json.get("checksFailed").asInt()).isEqualTo(2);
        assertThat(json.get("exceptionsTotal").asLong()).isEqualTo(3);
        assertThat(json.get("extractFiles")).hasSize(2);
        JsonNode money = json.get("checks").get(1);
        assertThat(money.get("id").asString()).isEqualTo("money-weekly-total");
        assertThat(money.get("expected").decimalValue()).isEqualByComparingTo("104500.10");
        assertThat(money.get("difference").decimalValue()).isEqualTo(new java.math.BigDecimal("-20.10"));
        assertThat(money.get("tolerance").get("rule").asString()).isEqualTo("exact match");
        assertThat(money.get("status").asString()).isEqualTo("FAIL");
        assertThat(money.get("exceptions").get("byKind").get("MISMATCH").asLong()).isEqualTo(1);
        assertThat(json.get("charts")).hasSize(4);
    }

    @Test
    void exceptionsCsvListsEveryExceptionWithIdsKeysAndEmptyDispositionColumns() throws Exception {
        List<String[]> rows = csv(writeSample().directory().resolve("exceptions.csv"));

        assertThat(rows.get(0)).containsExactly("exception_id", "check_id", "kind", "source_system", "source_table",
                "source_key", "merged_table", "merged_key", "detail", "disposition", "disposition_reason",
                "dispositioned_by");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("money-weekly-total/1", "money-weekly-total", "MISMATCH", "COUNCIL",
                "CLIENTS", "SERVICE-77", "person", "", "weekly cost differs", "", "", "");
        assertThat(rows.get(3)[0]).isEqualTo("money-weekly-total/2");
        assertThat(rows.get(2)[0]).isEqualTo("row-council-services/1");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        ReportPack pack = writeSample();
        List<String[]> exceptions = csv(pack.directory().resolve("exceptions.csv"));
        List<String[]> summary = csv(pack.directory().resolve("summary.csv"));

        assertThat(exceptions.get(2)[5]).isEqualTo("'-5001");
        assertThat(exceptions.get(2)[7]).isEqualTo("'@PKG-9");
        assertThat(exceptions.get(2)[8]).isEqualTo("'+ content differs");
        assertThat(summary.get(3)[3]).startsWith("'=HYPERLINK");
        // figures the pack computes stay numbers
        assertThat(summary.get(2)[7]).isEqualTo("-20.10");
    }

    @Test
    void sha256SumsListsEveryOtherFileAndTheReportHashIsTheHashOfThatList() throws Exception {
        ReportPack pack = writeSample();
        Path dir = pack.directory();

        assertThat(Files.readString(dir.resolve("SHA256SUMS"))).isEqualTo(
                sha256(dir.resolve("exceptions.csv")) + "  exceptions.csv\n"
                        + sha256(dir.resolve("report.html")) + "  report.html\n"
                        + sha256(dir.resolve("summary.csv")) + "  summary.csv\n"
                        + sha256(dir.resolve("summary.json")) + "  summary.json\n");
        assertThat(pack.reportSha256()).isEqualTo(sha256(dir.resolve("SHA256SUMS")));
    }

    @Test
    void theSameRunWrittenTwiceGivesByteIdenticalPacks(@TempDir Path otherRoot) {
        ReportPack first = writeSample();
        ReportPack second = new ReportPackWriter(otherRoot).write(Contexts.context().build(), SamplePack.CHECKS,
                SamplePack.charts(), SamplePack.exceptions().iterator());

        assertThat(second.reportSha256()).isEqualTo(first.reportSha256());
    }

    @Test
    void anExistingPackIsNeverOverwritten() throws IOException {
        ReportPack first = writeSample();
        String before = Files.readString(first.directory().resolve("SHA256SUMS"));

        assertThatThrownBy(this::writeSample).isInstanceOf(ReportPackException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(first.directory().resolve("SHA256SUMS"))).isEqualTo(before);
    }

    @Test
    void aRunThatFailsHalfwayLeavesNoPackAndNoPartialFolder() throws IOException {
        ReportPackWriter writer = new ReportPackWriter(root);

        assertThatThrownBy(() -> {
            try (ReportPackDraft draft = writer.begin(Contexts.context().build())) {
                draft.exception(Exceptions.exceptionOf("ledger-x").build());
                throw new IllegalStateException("the comparison broke down");
            }
        }).hasMessage("the comparison broke down");

        try (Stream<Path> left = Files.list(root.resolve("W1"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void whileBeingWrittenThePackExistsOnlyUnderAPartialName() throws IOException {
        try (ReportPackDraft draft = new ReportPackWriter(root).begin(Contexts.context().build())) {
            draft.exception(Exceptions.exceptionOf("ledger-x").build());

            assertThat(root.resolve("W1").resolve("rehearsal-1")).doesNotExist();
            try (Stream<Path> inProgress = Files.list(root.resolve("W1"))) {
                assertThat(inProgress.map(p -> p.getFileName().toString()))
                        .singleElement().asString().startsWith(".rehearsal-1.partial-");
            }
            draft.check(Checks.failing("ledger-x"));
            draft.complete(ReportCharts.empty());
        }
        assertThat(root.resolve("W1").resolve("rehearsal-1").resolve("SHA256SUMS")).exists();
    }

    @Test
    void anExceptionForACheckWithoutAResultIsRefusedAndNothingIsPublished() {
        assertThatThrownBy(() -> new ReportPackWriter(root).write(Contexts.context().build(),
                List.of(Checks.passing("ledger-a")), ReportCharts.empty(),
                List.<ExceptionItem>of(Exceptions.exceptionOf("ledger-b").build()).iterator()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ledger-b");

        assertThat(root.resolve("W1").resolve("rehearsal-1")).doesNotExist();
    }

    @Test
    void anUnwritableReportsFolderIsAClearError() throws IOException {
        Path notAFolder = Files.writeString(root.resolve("reports"), "a file where the folder should be");

        assertThatThrownBy(() -> new ReportPackWriter(notAFolder).begin(Contexts.context().build()))
                .isInstanceOf(ReportPackException.class)
                .hasMessageContaining("cannot write the report pack")
                .hasMessageContaining(notAFolder.toString());
    }

    @Test
    void aCheckAddedTwiceIsRefused() {
        try (ReportPackDraft draft = new ReportPackWriter(root).begin(Contexts.context().build())) {
            draft.check(Checks.passing("ledger-a"));

            assertThatThrownBy(() -> draft.check(Checks.passing("ledger-a")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ledger-a");
        }
    }
}
