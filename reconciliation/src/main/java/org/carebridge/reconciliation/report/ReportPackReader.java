package org.carebridge.reconciliation.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Opens a written pack for sign-off: checks every file against {@code SHA256SUMS} (refusing a pack changed since
 * it was written) and reads back the context, the check results (re-validated) and the exception counts.
 */
public final class ReportPackReader {

    public ReportPack read(Path packDirectory) {
        if (!Files.isDirectory(packDirectory)) {
            throw new ReportPackException(packDirectory + ": no report pack here");
        }
        String reportSha256 = Sha256Sums.verify(packDirectory);
        SummaryDocument summary = SummaryJson.read(packDirectory.resolve(SummaryJson.FILE_NAME));
        Map<String, Long> perCheck = new TreeMap<>();
        summary.checks().forEach(c -> {
            if (c.exceptions().total() > 0) {
                perCheck.put(c.id(), c.exceptions().total());
            }
        });
        try {
            return new ReportPack(packDirectory, reportSha256, summary.context(), summary.checkResults(), perCheck);
        } catch (IllegalArgumentException e) {
            throw new ReportPackException(packDirectory + ": " + SummaryJson.FILE_NAME + " is inconsistent: "
                    + e.getMessage(), e);
        }
    }
}
