package org.carebridge.handovers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carebridge.handover.model.Competency;
import org.carebridge.handover.model.Worker;
import org.carebridge.load.Workforce;

/**
 * The merged organisation's workers (the staged {@code workforce.csv}) as the pairing library sees them. Team
 * managers are left out: they hold unallocated cases only until a handover names a worker.
 */
final class WorkerRoster {

    private final Map<String, Workforce.Entry> entries = new TreeMap<>();

    WorkerRoster(Workforce workforce) {
        for (Workforce.Entry entry : workforce.entries()) {
            if (entry.workerId() != null && entry.teamCode() != null && !"TEAM_MANAGER".equals(entry.role())) {
                entries.putIfAbsent(entry.workerId(), entry);
            }
        }
    }

    /** Every candidate worker with the given load kept outside the problem, sorted by id. */
    List<Worker> workers(Map<String, Integer> outsideLoads) {
        List<Worker> workers = new ArrayList<>();
        entries.values().forEach(e -> workers.add(worker(e, outsideLoads.getOrDefault(e.workerId(), 0))));
        return workers;
    }

    Optional<Worker> worker(String workerId, int outsideLoad) {
        return Optional.ofNullable(entries.get(workerId)).map(e -> worker(e, outsideLoad));
    }

    Optional<String> teamOf(String workerId) {
        return Optional.ofNullable(entries.get(workerId)).map(Workforce.Entry::teamCode);
    }

    Collection<String> ids() {
        return entries.keySet();
    }

    private static Worker worker(Workforce.Entry e, int outsideLoad) {
        int capacity = e.capacityPoints() == null ? 0 : e.capacityPoints();
        return new Worker(e.workerId(), new TreeSet<>(List.of(e.teamCode())), competencies(e.competencies()),
                capacity, Math.max(0, outsideLoad), codes(e.languages()), e.gender(), e.availableFrom(),
                e.leavingDate());
    }

    /** Unknown competency codes are ignored: the workforce plan's code list is checked when it is staged. */
    private static Set<Competency> competencies(String text) {
        Set<Competency> competencies = EnumSet.noneOf(Competency.class);
        for (String code : codes(text)) {
            for (Competency competency : Competency.values()) {
                if (competency.name().equals(code.toUpperCase(Locale.ROOT))) {
                    competencies.add(competency);
                }
            }
        }
        return competencies;
    }

    private static SortedSet<String> codes(String text) {
        SortedSet<String> codes = new TreeSet<>();
        if (text != null) {
            for (String code : text.split(";")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
        }
        return codes;
    }
}
