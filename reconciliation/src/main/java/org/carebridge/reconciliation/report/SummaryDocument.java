package org.carebridge.reconciliation.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.reconciliation.check.Category;
import org.carebridge.reconciliation.check.CheckDefinition;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.CheckStatus;
import org.carebridge.reconciliation.check.ExceptionKind;
import org.carebridge.reconciliation.check.Tolerance;
import org.carebridge.reconciliation.check.Unit;

/**
 * The shape of {@code summary.json}, field for field (see the module README). Kept apart from the domain records so
 * that the file's shape changes only on purpose; {@link #FORMAT} names the version of the shape.
 */
record SummaryDocument(String format, String headline, String wave, String runId, String mode,
                       String mappingSetVersion, String codeVersion, String ranBy, String ranAt, int checksTotal,
                       int checksFailed, long exceptionsTotal, List<ExtractFileEntry> extractFiles,
                       List<CheckEntry> checks, List<ChartEntry> charts) {

    static final String FORMAT = "carebridge-reconciliation-summary/1";

    record ExtractFileEntry(String system, String fileName, long rowCount, String sha256) {
    }

    record CheckEntry(String id, String category, String title, String description, String unit,
                      BigDecimal expected, BigDecimal actual, BigDecimal difference, ToleranceEntry tolerance,
                      String status, ExceptionsEntry exceptions) {
    }

    record ToleranceEntry(BigDecimal absolute, BigDecimal percentOfExpected, BigDecimal allowedDifference,
                          String rule) {
    }

    record ExceptionsEntry(long total, Map<String, Long> byKind) {
    }

    record ChartEntry(String title, String beforeName, String afterName, String unit, List<ChartValue> values) {
    }

    record ChartValue(String label, BigDecimal before, BigDecimal after) {
    }

    static SummaryDocument of(PackContents contents) {
        ReportContext c = contents.context();
        List<CheckEntry> checks = contents.checks().stream().map(r -> {
            Map<String, Long> byKind = new LinkedHashMap<>();
            contents.exceptionCounts().getOrDefault(r.id(), Map.of()).forEach((k, n) -> byKind.put(k.name(), n));
            return new CheckEntry(r.id(), r.check().category().name(), r.check().title(), r.check().description(),
                    r.check().unit().name(), r.expected(), r.actual(), r.difference(),
                    new ToleranceEntry(r.tolerance().absolute(), r.tolerance().percentOfExpected(),
                            r.allowedDifference(), r.tolerance().describe()),
                    r.status().name(), new ExceptionsEntry(contents.exceptionsOf(r.id()), byKind));
        }).toList();
        List<ChartEntry> charts = contents.charts().all().stream()
                .map(s -> new ChartEntry(s.title(), s.beforeName(), s.afterName(), s.unit().name(),
                        s.values().stream().map(v -> new ChartValue(v.label(), v.before(), v.after())).toList()))
                .toList();
        return new SummaryDocument(FORMAT, contents.allPassed() ? "PASS" : "FAIL", c.wave(), c.runId(),
                c.mode().name(), c.mappingSetVersion(), c.codeVersion(), c.ranBy(), c.ranAt().toString(),
                contents.checks().size(), (int) contents.failedChecks(), contents.exceptionsTotal(),
                c.extractFiles().stream().map(f -> new ExtractFileEntry(f.system().name(), f.fileName(),
                        f.rowCount(), f.sha256())).toList(),
                checks, charts);
    }

    /** The run's context as recorded. */
    ReportContext context() {
        return new ReportContext(wave, runId, RunMode.valueOf(mode), mappingSetVersion, codeVersion,
                extractFiles.stream().map(f -> new ExtractFile(
                        SourceSystem.valueOf(f.system()), f.fileName(), f.rowCount(), f.sha256())).toList(),
                ranBy, Instant.parse(ranAt));
    }

    /** The check results as recorded; each is re-validated, so figures that contradict their status are refused. */
    List<CheckResult> checkResults() {
        return checks.stream().map(e -> new CheckResult(
                new CheckDefinition(e.id(), e.title(), Category.valueOf(e.category()), e.description(),
                        Unit.valueOf(e.unit())),
                e.expected(), e.actual(), e.difference(),
                new Tolerance(e.tolerance().absolute(), e.tolerance().percentOfExpected()),
                e.tolerance().allowedDifference(), CheckStatus.valueOf(e.status()))).toList();
    }

    /** Exceptions listed per check id, as recorded. */
    Map<String, Map<ExceptionKind, Long>> exceptionCounts() {
        Map<String, Map<ExceptionKind, Long>> counts = new TreeMap<>();
        for (CheckEntry e : checks) {
            if (e.exceptions().total() > 0) {
                Map<ExceptionKind, Long> byKind = new EnumMap<>(ExceptionKind.class);
                e.exceptions().byKind().forEach((k, n) -> byKind.put(ExceptionKind.valueOf(k), n));
                counts.put(e.id(), byKind);
            }
        }
        return counts;
    }
}
