package org.carebridge.reconciliation.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carebridge.reconciliation.check.CheckResult;

/**
 * A complete report pack on disk.
 *
 * @param directory          {@code REPORTS/WAVE/RUN-ID}
 * @param reportSha256       the SHA-256 of the pack's {@code SHA256SUMS}, which lists the SHA-256 of every other
 *                           file; the hash a sign-off binds to
 * @param exceptionsPerCheck how many exceptions each check listed in {@code exceptions.csv} (checks with none
 *                           are absent), by check id
 */
public record ReportPack(Path directory, String reportSha256, ReportContext context, List<CheckResult> checks,
                         Map<String, Long> exceptionsPerCheck) {

    public static final String SUMMARY_CSV = SummaryCsv.FILE_NAME;
    public static final String SUMMARY_JSON = SummaryJson.FILE_NAME;
    public static final String EXCEPTIONS_CSV = ExceptionsCsv.FILE_NAME;
    public static final String REPORT_HTML = ReportPage.FILE_NAME;
    public static final String SHA256SUMS = Sha256Sums.FILE_NAME;

    public ReportPack {
        checks = List.copyOf(checks);
        exceptionsPerCheck = Map.copyOf(exceptionsPerCheck);
    }

    /** The headline: PASS only when every check passed. */
    public boolean passed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    public long exceptionsOf(String checkId) {
        return exceptionsPerCheck.getOrDefault(checkId, 0L);
    }

    public Path exceptionsCsv() {
        return directory.resolve(EXCEPTIONS_CSV);
    }
}
