package org.carebridge.reconciliation.report;

import java.nio.file.Path;
import java.util.List;
import org.carebridge.legacy.csv.CsvTableWriter;
import org.carebridge.legacy.csv.SpreadsheetSafe;
import org.carebridge.reconciliation.check.CheckResult;

/** {@code summary.csv}: one row per check, in the order the checks were added. */
final class SummaryCsv {

    static final String FILE_NAME = "summary.csv";
    static final List<String> HEADER = List.of("check_id", "category", "title", "description", "unit", "expected",
            "actual", "difference", "allowed_difference", "tolerance_rule", "status", "exceptions");

    private SummaryCsv() {
    }

    static String write(Path file, PackContents contents) {
        CsvTableWriter out = CsvTableWriter.create(file, HEADER);
        try {
            for (CheckResult r : contents.checks()) {
                out.write(
                        SpreadsheetSafe.cell(r.id()),
                        r.check().category().name(),
                        SpreadsheetSafe.cell(r.check().title()),
                        SpreadsheetSafe.cell(r.check().description()),
                        r.check().unit().name(),
                        r.expected().toPlainString(),
                        r.actual().toPlainString(),
                        r.difference().toPlainString(),
                        r.allowedDifference().toPlainString(),
                        SpreadsheetSafe.cell(r.tolerance().describe()),
                        r.status().name(),
                        Long.toString(contents.exceptionsOf(r.id())));
            }
        } finally {
            out.close();
        }
        return out.sha256Hex();
    }
}
