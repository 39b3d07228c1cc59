package org.carebridge.reconciliation.report;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionKind;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code report.html} from the Thymeleaf template {@code report.html} beside this class: one page, inline
 * CSS and inline SVG only, so it opens anywhere, offline, exactly as it was signed.
 */
final class ReportPage {

    static final String FILE_NAME = "report.html";
    private static final DateTimeFormatter RAN_AT = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm:ss 'UTC'",
            Locale.UK).withZone(ZoneOffset.UTC);

    private final TemplateEngine engine;

    ReportPage() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportPage.class.getClassLoader());
        resolver.setPrefix("org/carebridge/reconciliation/report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** One row of the checks table, every figure already formatted for reading. */
    record CheckRow(String id, String category, String title, String description, String unit, String expected,
                    String actual, String difference, String allowed, String rule, String status, String exceptions) {
    }

    /** One row of the exception counts table. */
    record ExceptionRow(String id, String title, String status, String total, String breakdown) {
    }

    /** One extract file row. */
    record FileRow(String system, String fileName, String rowCount, String sha256) {
    }

    void render(PackContents contents, Writer out) {
        ReportContext c = contents.context();
        Context model = new Context(Locale.UK);
        boolean passed = contents.allPassed();
        model.setVariable("headline", passed ? "PASS" : "FAIL");
        model.setVariable("headlineSentence", headlineSentence(contents));
        model.setVariable("wave", c.wave());
        model.setVariable("runId", c.runId());
        model.setVariable("mode", c.mode().name());
        model.setVariable("mappingSetVersion", c.mappingSetVersion());
        model.setVariable("codeVersion", c.codeVersion());
        model.setVariable("ranBy", c.ranBy());
        model.setVariable("ranAt", RAN_AT.format(c.ranAt()));
        model.setVariable("ranAtIso", c.ranAt().toString());
        model.setVariable("checks", contents.checks().stream().map(r -> checkRow(r, contents)).toList());
        model.setVariable("exceptionRows", contents.checks().stream().map(r -> exceptionRow(r, contents)).toList());
        model.setVariable("exceptionsTotal", count(contents.exceptionsTotal()));
        model.setVariable("charts", contents.charts().all().stream().map(BarChart::of).toList());
        model.setVariable("files", c.extractFiles().stream().map(f -> new FileRow(f.system().name(), f.fileName(),
                count(f.rowCount()), f.sha256())).toList());
        engine.process("report", model, out);
    }

    private static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static String headlineSentence(PackContents contents) {
        int total = contents.checks().size();
        long failed = contents.failedChecks();
        if (failed == 0) {
            return "All " + total + " checks passed.";
        }
        return failed + " of " + total + " checks failed. The wave cannot be signed off until every exception of a"
                + " failed check has been accepted, with a reason, by the team.";
    }

    private static CheckRow checkRow(CheckResult r, PackContents contents) {
        var unit = r.check().unit();
        return new CheckRow(r.id(), r.check().category().title(), r.check().title(), r.check().description(),
                unit.plural(), Figures.format(r.expected(), unit), Figures.format(r.actual(), unit),
                Figures.signed(r.difference(), unit), Figures.format(r.allowedDifference(), unit),
                r.tolerance().describe(), r.status().name(),
                count(contents.exceptionsOf(r.id())));
    }

    private static ExceptionRow exceptionRow(CheckResult r, PackContents contents) {
        Map<ExceptionKind, Long> byKind = contents.exceptionCounts().getOrDefault(r.id(), Map.of());
        String breakdown = byKind.isEmpty() ? "none" : byKind.entrySet().stream()
                .map(e -> count(e.getValue()) + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        return new ExceptionRow(r.id(), r.check().title(), r.status().name(),
                count(contents.exceptionsOf(r.id())), breakdown);
    }
}
