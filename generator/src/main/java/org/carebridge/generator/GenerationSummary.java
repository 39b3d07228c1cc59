package org.carebridge.generator;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run wrote.
 *
 * @param rowsByFile data rows per file, keyed by the path below the output folder ({@code council/CLIENTS.csv})
 * @param bytes      bytes of all data files (answer keys excluded)
 * @param defects    rows recorded in {@code truth/defects.csv}
 * @param elapsed    wall-clock time of the run, for throughput figures only (never written to a file)
 */
public record GenerationSummary(GeneratorSettings settings, Map<String, Long> rowsByFile, long bytes, long defects,
                                Duration elapsed) {

    public GenerationSummary {
        rowsByFile = Collections.unmodifiableMap(new TreeMap<>(rowsByFile));
    }

    public long totalRows() {
        return rowsByFile.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rows(String relativePath) {
        return rowsByFile.getOrDefault(relativePath, 0L);
    }

    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    public double rowsPerSecond() {
        return totalRows() / Math.max(seconds(), 1e-9);
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / Math.max(seconds(), 1e-9);
    }
}
