package org.carebridge.reconciliation.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionItem;

/**
 * A report pack being written. Add exceptions (streamed straight to {@code exceptions.csv}) and check results in any
 * order, then {@link #complete}. Closing a draft that was not completed, e.g. after an exception in the caller,
 * discards it: an incomplete pack never appears at its final place.
 */
public final class ReportPackDraft implements AutoCloseable {

    private final PackFolder folder;
    private final ReportContext context;
    private final ReportPage page;
    private final ExceptionsCsv exceptions;
    private final Map<String, CheckResult> checks = new LinkedHashMap<>();
    private boolean finished;

    ReportPackDraft(PackFolder folder, ReportContext context, ReportPage page) {
        this.folder = folder;
        this.context = context;
        this.page = page;
        try {
            this.exceptions = new ExceptionsCsv(folder.file(ExceptionsCsv.FILE_NAME));
        } catch (RuntimeException e) {
            folder.discard();
            throw new ReportPackException("cannot write the report pack for " + folder.target()
                    + ": exceptions.csv cannot be created (" + ReportPackException.reason(e) + ")", e);
        }
    }

    /** Appends one exception to {@code exceptions.csv}; usable as a {@code Consumer<ExceptionItem>}. */
    public void exception(ExceptionItem item) {
        requireOpen();
        try {
            exceptions.write(item);
        } catch (UncheckedIOException e) {
            throw new ReportPackException("cannot write " + ExceptionsCsv.FILE_NAME + " for " + folder.target() + " ("
                    + ReportPackException.reason(e) + ")", e);
        }
    }

    /** Records one check's result; check ids must be unique within a pack. Checks appear in the order added. */
    public void check(CheckResult result) {
        requireOpen();
        if (checks.putIfAbsent(result.id(), result) != null) {
            throw new IllegalArgumentException("check " + result.id() + " was added twice to the pack");
        }
    }

    /**
     * Writes the summaries, the page and {@code SHA256SUMS}, then moves the pack into place.
     *
     * @throws IllegalStateException when an exception names a check that has no result, or no check was added
     * @throws ReportPackException   when the pack cannot be written
     */
    public ReportPack complete(ReportCharts charts) {
        requireOpen();
        finished = true;
        try {
            exceptions.close();
            Set<String> unknown = new TreeSet<>(exceptions.counts().keySet());
            unknown.removeAll(checks.keySet());
            if (checks.isEmpty()) {
                throw new IllegalStateException("a report pack needs at least one check");
            }
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("exceptions name checks with no result in the pack: " + unknown);
            }
            PackContents contents = new PackContents(context, List.copyOf(checks.values()), charts,
                    exceptions.counts());
            Map<String, String> hashes = new TreeMap<>();
            hashes.put(ExceptionsCsv.FILE_NAME, exceptions.sha256Hex());
            hashes.put(SummaryCsv.FILE_NAME, SummaryCsv.write(folder.file(SummaryCsv.FILE_NAME), contents));
            try (HashingFile json = new HashingFile(folder.file(SummaryJson.FILE_NAME))) {
                SummaryJson.write(json, contents);
                json.close();
                hashes.put(SummaryJson.FILE_NAME, json.sha256Hex());
            }
            try (HashingFile html = new HashingFile(folder.file(ReportPage.FILE_NAME));
                 Writer out = new BufferedWriter(new OutputStreamWriter(html, StandardCharsets.UTF_8))) {
                page.render(contents, out);
                out.close();
                hashes.put(ReportPage.FILE_NAME, html.sha256Hex());
            }
            byte[] sums = Sha256Sums.render(hashes);
            Files.write(folder.file(Sha256Sums.FILE_NAME), sums);
            Path directory = folder.publish();
            Map<String, Long> perCheck = new TreeMap<>();
            exceptions.counts().keySet().forEach(id -> perCheck.put(id, contents.exceptionsOf(id)));
            return new ReportPack(directory, Sha256Sums.sha256Hex(sums), context, new ArrayList<>(checks.values()),
                    perCheck);
        } catch (IOException | UncheckedIOException e) {
            folder.discard();
            throw new ReportPackException("cannot write the report pack " + folder.target() + " ("
                    + ReportPackException.reason(e) + ")", e);
        } catch (RuntimeException e) {
            folder.discard();
            IOException io = ioCause(e);
            if (io != null && !(e instanceof ReportPackException)) {
                // e.g. Thymeleaf's TemplateOutputException around "No space left on device" while rendering the page
                throw new ReportPackException("cannot write the report pack " + folder.target() + " ("
                        + ReportPackException.reason(io) + ")", e);
            }
            throw e;
        }
    }

    private static IOException ioCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** Discards the pack unless it was completed. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                exceptions.close();
            } catch (RuntimeException ignored) {
                // the pack is being discarded anyway
            }
            folder.discard();
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the report pack " + folder.target() + " is already completed or discarded");
        }
    }
}
