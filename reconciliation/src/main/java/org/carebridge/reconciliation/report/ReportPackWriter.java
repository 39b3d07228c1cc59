package org.carebridge.reconciliation.report;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionItem;

/**
 * Writes report packs under a reports folder (by default {@value #DEFAULT_FOLDER}), one per run, at
 * {@code REPORTS/WAVE/RUN-ID/}: {@code summary.csv}, {@code summary.json}, {@code exceptions.csv},
 * {@code report.html} and {@code SHA256SUMS}. Exceptions are streamed to disk as they arrive, so a run may list
 * millions. The pack appears atomically and complete, or not at all.
 *
 * <pre>
 * try (ReportPackDraft draft = writer.begin(context)) {
 *     CheckResult rows = rowLevelCheck.run(source, target, draft::exception, tolerance);
 *     draft.check(rows);
 *     ...
 *     ReportPack pack = draft.complete(charts);
 * }
 * </pre>
 */
public final class ReportPackWriter {

    public static final String DEFAULT_FOLDER = "reconciliation/reports";

    private final Path reportsRoot;
    private final ReportPage page = new ReportPage();

    public ReportPackWriter(Path reportsRoot) {
        this.reportsRoot = Objects.requireNonNull(reportsRoot, "reportsRoot");
    }

    /** Starts a pack for the run; nothing is visible at {@code REPORTS/WAVE/RUN-ID} until it completes. */
    public ReportPackDraft begin(ReportContext context) {
        return new ReportPackDraft(PackFolder.create(reportsRoot, context.wave(), context.runId()), context, page);
    }

    /** Writes a whole pack in one call, reading the exceptions one at a time from {@code exceptions}. */
    public ReportPack write(ReportContext context, List<CheckResult> checks, ReportCharts charts,
                            Iterator<ExceptionItem> exceptions) {
        try (ReportPackDraft draft = begin(context)) {
            while (exceptions.hasNext()) {
                draft.exception(exceptions.next());
            }
            checks.forEach(draft::check);
            return draft.complete(charts);
        }
    }
}
