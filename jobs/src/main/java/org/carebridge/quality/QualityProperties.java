package org.carebridge.quality;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Data-quality settings ({@code carebridge.quality.*}).
 *
 * @param mappingsDir   the reviewed mapping tables
 * @param referenceDate the extract's date: dates of past events after it are rejected (default: today)
 * @param reportsDir    where per-run data-quality outputs are written
 */
@ConfigurationProperties("carebridge.quality")
public record QualityProperties(Path mappingsDir, LocalDate referenceDate, Path reportsDir) {

    public QualityProperties {
        mappingsDir = mappingsDir == null ? Path.of("mappings", "tables") : mappingsDir;
        reportsDir = reportsDir == null ? Path.of("reconciliation", "reports") : reportsDir;
    }

    public LocalDate referenceDateOrToday() {
        return referenceDate == null ? LocalDate.now() : referenceDate;
    }
}
