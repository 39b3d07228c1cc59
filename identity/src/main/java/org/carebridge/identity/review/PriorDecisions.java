package org.carebridge.identity.review;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carebridge.identity.person.SourceRef;

/**
 * The review decisions every run must honour, keyed by the two source record ids. When the same pair was
 * decided more than once the latest decision stands (ties: the later one in the list).
 */
public final class PriorDecisions {

    private static final Comparator<List<SourceRef>> PAIR_ORDER = Comparator
            .<List<SourceRef>, SourceRef>comparing(p -> p.get(0)).thenComparing(p -> p.get(1));

    private final Map<List<SourceRef>, ClericalDecision> byPair = new TreeMap<>(PAIR_ORDER);

    private PriorDecisions(Collection<ClericalDecision> decisions) {
        for (ClericalDecision d : decisions) {
            byPair.merge(List.of(d.first(), d.second()), d,
                    (old, now) -> now.decidedAt().isBefore(old.decidedAt()) ? old : now);
        }
    }

    public static PriorDecisions none() {
        return new PriorDecisions(List.of());
    }

    public static PriorDecisions of(Collection<ClericalDecision> decisions) {
        return new PriorDecisions(decisions);
    }

    public Optional<ClericalDecision> find(SourceRef a, SourceRef b) {
        return Optional.ofNullable(a.compareTo(b) <= 0 ? byPair.get(List.of(a, b)) : byPair.get(List.of(b, a)));
    }

    /** Every standing decision, in pair order. */
    public Collection<ClericalDecision> all() {
        return List.copyOf(byPair.values());
    }

    public int size() {
        return byPair.size();
    }
}
