package org.carebridge.linking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carebridge.identity.Decision;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.source.PersonReadResult;
import org.carebridge.legacy.SourceSystem;

/**
 * One {@code link} run: what was read from each side, the resolution, the two files written and the time.
 *
 * @param seconds wall time from reading the first row to closing the last file
 */
public record LinkReport(PersonReadResult council, PersonReadResult oxleas, Resolution resolution, Path linkFile,
                         long linkRows, Path duplicatesFile, long duplicateRows, double seconds) {

    public long crossMatches() {
        return resolution.count(Decision.MATCH, true);
    }

    public long crossReviews() {
        return resolution.count(Decision.REVIEW, true);
    }

    /** The summary the command prints: records per side, candidate pairs, matches, reviews, seconds. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("council records: " + resolution.records(SourceSystem.COUNCIL) + read(council)
                + ", deleted left out " + resolution.deletedExcluded() + ")");
        lines.add("oxleas records: " + resolution.records(SourceSystem.OXLEAS) + read(oxleas) + ")");
        lines.add("candidate pairs: " + resolution.candidatePairs());
        lines.add("matches: " + crossMatches());
        lines.add("reviews: " + crossReviews());
        long dupMatches = resolution.withinSourcePairs(SourceSystem.COUNCIL).stream()
                .filter(p -> p.decision() == Decision.MATCH).count();
        lines.add("council duplicates: " + dupMatches + " matches, " + (duplicateRows - dupMatches) + " reviews");
        lines.add("written: " + linkFile + " (" + linkRows + " rows), " + duplicatesFile + " (" + duplicateRows
                + " rows)");
        lines.add(String.format(Locale.ROOT, "seconds: %.1f (resolution %.1f)", seconds, resolution.seconds()));
        return lines;
    }

    private static String read(PersonReadResult r) {
        StringBuilder s = new StringBuilder(" (rows read ").append(r.rowsRead());
        if (r.skipped() > 0) {
            s.append(", skipped");
            for (Map.Entry<String, Long> e : r.skippedByRule().entrySet()) {
                s.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
        } else {
            s.append(", none skipped");
        }
        return s.toString();
    }
}
