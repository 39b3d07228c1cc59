package org.carebridge.reconciliation.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.report.ReportCharts;
import org.carebridge.reconciliation.report.ReportPack;
import org.carebridge.reconciliation.report.ReportPackWriter;
import org.carebridge.reconciliation.testdata.Checks;
import org.carebridge.reconciliation.testdata.Contexts;
import org.carebridge.reconciliation.testdata.Exceptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignOffPolicyTest {

    @TempDir
    Path dir;

    private final SignOffPolicy policy = new SignOffPolicy();

    private ReportPack pack(List<CheckResult> checks, List<ExceptionItem> exceptions) {
        return new ReportPackWriter(dir.resolve("reports")).write(Contexts.context().build(), checks,
                ReportCharts.empty(), exceptions.iterator());
    }

    private static List<ExceptionItem> exceptionsOf(String checkId, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> Exceptions.exceptionOf(checkId).sourceKey("K" + i).build()).toList();
    }

    /** The team's copy of exceptions.csv, edited row by row as a spreadsheet user would. */
    private Path dispositions(ReportPack pack, Consumer<String[]> edit) throws Exception {
        List<String[]> rows;
        try (Reader in = Files.newBufferedReader(pack.exceptionsCsv()); CSVReader reader = new CSVReader(in)) {
            rows = new ArrayList<>(reader.readAll());
        }
        rows.subList(1, rows.size()).forEach(edit);
        Path sheet = dir.resolve("dispositions.csv");
        try (Writer out = Files.newBufferedWriter(sheet); CSVWriter writer = new CSVWriter(out)) {
            writer.writeAll(rows);
        }
        return sheet;
    }

    private static void accept(String[] row) {
        row[9] = "Accepted";
        row[10] = "duplicate record merged by the council before cutover";
        row[11] = "lead.adults.north";
    }

    @Test
    void aPackWhoseChecksAllPassedMayBeSignedOffWithoutDispositions() {
        ReportPack pack = pack(List.of(Checks.passing("ledger-a"), Checks.passing("ledger-b")), List.of());

        SignOffDecision decision = policy.decide(pack, DispositionSheet.none());

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reportSha256()).isEqualTo(pack.reportSha256());
    }

    @Test
    void aFailingCheckWithUndispositionedExceptionsRefusesSignOff() {
        ReportPack pack = pack(List.of(Checks.failing("ledger-a")), exceptionsOf("ledger-a", 3));

        SignOffDecision decision = policy.decide(pack, DispositionSheet.none());

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reasons()).containsExactly(
                "check ledger-a FAILED with 3 exceptions and none has a disposition");
    }

    @Test
    void aFailingCheckWhoseEveryExceptionIsAcceptedWithAReasonMayBeSignedOff() throws Exception {
        ReportPack pack = pack(List.of(Checks.failing("ledger-a"), Checks.passing("ledger-b")),
                exceptionsOf("ledger-a", 3));

        SignOffDecision decision = policy.decide(pack,
                DispositionSheet.read(dispositions(pack, SignOffPolicyTest::accept)));

        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void anAcceptanceWithoutAReasonDoesNotCount() throws Exception {
        ReportPack pack = pack(List.of(Checks.failing("ledger-a")), exceptionsOf("ledger-a", 3));

        SignOffDecision decision = policy.decide(pack, DispositionSheet.read(dispositions(pack, row -> {
            accept(row);
            if (row[0].equals("ledger-a/2")) {
                row[10] = " ";
            }
        })));

        assertThat(decision.reasons()).containsExactly(
                "check ledger-a: 1 exceptions are ACCEPTED without a reason (e.g. ledger-a/2)");
    }

    @Test
    void anExceptionDispositionedOtherwiseThanAcceptedRefusesSignOff() throws Exception {
        ReportPack pack = pack(List.of(Checks.failing("ledger-a")), exceptionsOf("ledger-a", 3));

        SignOffDecision decision = policy.decide(pack, DispositionSheet.read(dispositions(pack, row -> {
            accept(row);
            if (row[0].equals("ledger-a/3")) {
                row[9] = "TO FIX";
            }
        })));

        assertThat(decision.reasons()).containsExactly(
                "check ledger-a FAILED: 1 of 3 exceptions are not ACCEPTED (e.g. ledger-a/3)");
    }

    @Test
    void aDeletedRowIsAnExceptionWithoutDisposition() throws Exception {
        ReportPack pack = pack(List.of(Checks.failing("ledger-a")), exceptionsOf("ledger-a", 3));
        Path sheet = dispositions(pack, SignOffPolicyTest::accept);
        List<String> lines = new ArrayList<>(Files.readAllLines(sheet));
        lines.remove(2);
        Files.write(sheet, lines);

        SignOffDecision decision = policy.decide(pack, DispositionSheet.read(sheet));

        assertThat(decision.reasons()).containsExactly(
                "check ledger-a FAILED: 1 of 3 exceptions have no row in the dispositions (e.g. ledger-a/2)");
    }

    @Test
    void aDuplicatedRowIsRefusedEvenWhenTheCountStillAddsUp() throws Exception {
        ReportPack pack = pack(List.of(Checks.failing("ledger-a")), exceptionsOf("ledger-a", 2));
        Path sheet = dispositions(pack, row -> {
            accept(row);
            row[0] = "ledger-a/1";
        });

        SignOffDecision decision = policy.decide(pack, DispositionSheet.read(sheet));

        assertThat(decision.reasons()).contains(
                "check ledger-a: 1 exceptions are dispositioned more than once (e.g. ledger-a/1)",
                "check ledger-a FAILED: 1 of 2 exceptions have no row in the dispositions (e.g. ledger-a/2)");
    }

    @Test
    void aFailingCheckThatListsNoExceptionsCanNeverBeDispositioned() {
        ReportPack pack = pack(List.of(Checks.failing("money-total")), List.of());

        SignOffDecision decision = policy.decide(pack, DispositionSheet.none());

        assertThat(decision.reasons()).singleElement().asString()
                .startsWith("check money-total FAILED and lists no exceptions");
    }

    @Test
    void dispositionsForAnotherPacksChecksAreRefused() throws Exception {
        ReportPack other = pack(List.of(Checks.failing("ledger-z")), exceptionsOf("ledger-z", 1));
        Path sheet = dispositions(other, SignOffPolicyTest::accept);
        ReportPack pack = new ReportPackWriter(dir.resolve("other")).write(Contexts.context().runId("run-2").build(),
                List.of(Checks.passing("ledger-a")), ReportCharts.empty(), List.<ExceptionItem>of().iterator());

        SignOffDecision decision = policy.decide(pack, DispositionSheet.read(sheet));

        assertThat(decision.reasons()).singleElement().asString().contains("ledger-z")
                .contains("belongs to another pack");
    }

    @Test
    void aSpreadsheetSavedWithByteOrderMarkCrlfAndReorderedColumnsIsStillRead() throws Exception {
        ReportPack pack = pack(List.of(Checks.failing("ledger-a")), exceptionsOf("ledger-a", 1));
        Path sheet = dir.resolve("saved-by-excel.csv");
        Files.writeString(sheet, "\uFEFF\"disposition\",\"dispositioned_by\",\"disposition_reason\",\"exception_id\"\r\n"
                + "\"accepted\",\"lead.mh.north\",\"client died before cutover\",\"ledger-a/1\"\r\n");

        assertThat(policy.decide(pack, DispositionSheet.read(sheet)).allowed()).isTrue();
    }

    @Test
    void reasonsNameIdsOnlyNeverTheKeysOrDetailsOfExceptions() throws IOException {
        ReportPack pack = pack(List.of(Checks.failing("ledger-a")), List.of(
                Exceptions.exceptionOf("ledger-a").sourceKey("100234").detail("surname differs").build()));

        SignOffDecision decision = policy.decide(pack, DispositionSheet.none());

        assertThat(String.join(" ", decision.reasons())).doesNotContain("100234").doesNotContain("surname");
    }
}
