package org.carebridge.quality;

import java.util.List;
import org.carebridge.legacy.format.ParsedRow;

/**
 * A parsed row after the data-quality rules: its (possibly repaired) values and every finding.
 * It is staged unless a {@link Severity#REJECT} finding quarantines it.
 */
public record ValidatedRow(ParsedRow row, List<Finding> findings) {

    public boolean rejected() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.REJECT);
    }

    /** The first rejecting finding: the reason recorded with a quarantined row. */
    public Finding rejection() {
        return findings.stream().filter(f -> f.severity() == Severity.REJECT).findFirst()
                .orElseThrow(() -> new IllegalStateException("row is not rejected"));
    }
}
