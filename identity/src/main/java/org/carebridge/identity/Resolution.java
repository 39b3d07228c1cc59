package org.carebridge.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.identity.blocking.BlockingReport;
import org.carebridge.identity.model.TrainingReport;
import org.carebridge.identity.stable.IdAssignment;
import org.carebridge.identity.stable.IdConflict;
import org.carebridge.identity.stable.MergedPerson;
import org.carebridge.legacy.SourceSystem;

/**
 * Everything one identity-resolution run produced: the pairs decided MATCH or REVIEW with their evidence,
 * the merged persons with stable ids and provenance, conflicts for people to look at, and figures.
 *
 * @param recordsPerSystem  records that took part, per source system
 * @param deletedExcluded   council records left out because they are deleted
 * @param pairs             every pair decided MATCH or REVIEW (within and across sources), in record order
 * @param model             the trained model's parameters as text (no personal data)
 * @param timings           wall time per stage, in stage order
 */
public record Resolution(Map<SourceSystem, Integer> recordsPerSystem, int deletedExcluded, BlockingReport blocking,
                         List<PairDecision> pairs, IdAssignment assignment, List<IdConflict> conflicts,
                         TrainingReport training, String model, Map<String, Duration> timings) {

    public Resolution {
        recordsPerSystem = Collections.unmodifiableMap(new EnumMap<>(recordsPerSystem));
        pairs = List.copyOf(pairs);
        conflicts = List.copyOf(conflicts);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    public int records(SourceSystem system) {
        return recordsPerSystem.getOrDefault(system, 0);
    }

    public long candidatePairs() {
        return blocking.candidatePairs();
    }

    public List<PairDecision> crossSourcePairs() {
        return pairs.stream().filter(PairDecision::crossSource).toList();
    }

    /** Pairs of two records from {@code system} (its duplicates and doubtful duplicates). */
    public List<PairDecision> withinSourcePairs(SourceSystem system) {
        return pairs.stream().filter(p -> p.left().system() == system && p.right().system() == system).toList();
    }

    /** The pairs a person must decide, in record order. */
    public List<PairDecision> reviewQueue() {
        return pairs.stream().filter(p -> p.decision() == Decision.REVIEW).toList();
    }

    public long count(Decision decision, boolean crossSourceOnly) {
        return pairs.stream().filter(p -> p.decision() == decision && (!crossSourceOnly || p.crossSource())).count();
    }

    public List<MergedPerson> persons() {
        return assignment.persons();
    }

    public double seconds() {
        return timings.values().stream().mapToLong(Duration::toNanos).sum() / 1e9;
    }

    /** The summary the link command prints: counts and time only. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("council records: " + records(SourceSystem.COUNCIL));
        lines.add("oxleas records: " + records(SourceSystem.OXLEAS));
        lines.add("candidate pairs: " + candidatePairs());
        lines.add("matches (council-oxleas): " + count(Decision.MATCH, true));
        lines.add("reviews (council-oxleas): " + count(Decision.REVIEW, true));
        lines.add("within-source matches: " + (count(Decision.MATCH, false) - count(Decision.MATCH, true)));
        lines.add("within-source reviews: " + (count(Decision.REVIEW, false) - count(Decision.REVIEW, true)));
        lines.add("merged persons: " + persons().size());
        lines.add("conflicts: " + conflicts.size());
        lines.add(String.format(java.util.Locale.ROOT, "seconds: %.1f", seconds()));
        return lines;
    }
}
