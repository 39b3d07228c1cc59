package org.carebridge.handover.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.carebridge.handover.model.Competency;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.MergedTeam;
import org.carebridge.handover.model.Worker;

/**
 * The pairing rules checked one client at a time, outside the solver: for a worker a clinical lead picks by hand,
 * and to say precisely why a client stayed unpaired. It applies the same predicates as
 * {@link HandoverConstraints} ({@link MergedTeam#covers}, {@link HandoverClient#requiredCompetencies()},
 * {@link Worker#availableBetween}, the capacity ceiling and the same caseload weighting).
 */
public final class PairingChecker {

    /** Above this share of capacity after the handover the lead is warned, though it is allowed. */
    private static final double HIGH_LOAD_SHARE = 0.9;

    private final List<MergedTeam> teams;
    private final PairingPolicy policy;

    public PairingChecker(List<MergedTeam> teams, PairingPolicy policy) {
        this.teams = List.copyOf(teams);
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public int weightOf(HandoverClient client) {
        return policy.weighting().pointsFor(client);
    }

    /**
     * Checks giving {@code client} to {@code worker}.
     *
     * @param workerLoadPoints     the worker's weighted load without this client (all their other clients)
     * @param workerNewHandoversThatWeek new handovers the worker already takes on in the client's handover week
     */
    public PairingCheck check(HandoverClient client, Worker worker, int workerLoadPoints,
                              int workerNewHandoversThatWeek) {
        List<PairingCheck.Violation> violations = new ArrayList<>();
        if (!coversClient(worker, client)) {
            violations.add(new PairingCheck.Violation(HardRule.TEAM_COVERS_CLIENT,
                    "worker " + worker.id() + " is in no team covering " + cell(client)));
        }
        Set<Competency> missing = missingCompetencies(client, worker);
        if (!missing.isEmpty()) {
            violations.add(new PairingCheck.Violation(HardRule.COMPETENCIES,
                    "worker " + worker.id() + " lacks " + codes(missing)));
        }
        if (!available(client, worker)) {
            violations.add(new PairingCheck.Violation(HardRule.AVAILABILITY, "worker " + worker.id()
                    + " is not in post from " + windowStart(client) + " until after " + mustStayUntil(client)));
        }
        int after = workerLoadPoints + weightOf(client);
        if (after > worker.capacityPoints()) {
            violations.add(new PairingCheck.Violation(HardRule.CAPACITY, "worker " + worker.id() + " would carry "
                    + after + "/" + worker.capacityPoints() + " points"));
        }
        return new PairingCheck(violations, warnings(client, worker, after, workerNewHandoversThatWeek));
    }

    private List<String> warnings(HandoverClient client, Worker worker, int loadAfter, int newHandoversThatWeek) {
        List<String> warnings = new ArrayList<>();
        SortedSet<String> continuing = client.continuingWorkerIds();
        if (!continuing.isEmpty() && !continuing.contains(worker.id())) {
            warnings.add("continuity: continuing worker " + String.join(", ", continuing) + " not kept");
        }
        int known = client.familiarityWith(worker.id());
        Map.Entry<String, Integer> best = bestKnown(client);
        if (best != null && known < best.getValue()) {
            warnings.add("familiarity: " + worker.id() + " has " + known + " contacts in 2 years, "
                    + best.getKey() + " has " + best.getValue());
        }
        if (client.preferredLanguage() != null && !worker.speaks(client.preferredLanguage())) {
            warnings.add("language: " + client.preferredLanguage() + " not spoken");
        }
        if (client.preferredWorkerGender() != null && !client.preferredWorkerGender().equals(worker.gender())) {
            warnings.add("gender preference: " + client.preferredWorkerGender() + " not met");
        }
        if (loadAfter > HIGH_LOAD_SHARE * worker.capacityPoints() && loadAfter <= worker.capacityPoints()) {
            warnings.add("load: " + loadAfter + "/" + worker.capacityPoints() + " after handover");
        }
        boolean newHandover = !client.isCurrentWorker(worker.id());
        if (newHandover && newHandoversThatWeek + 1 > policy.weeklyNewHandoverLimit()) {
            warnings.add("weekly limit: " + (newHandoversThatWeek + 1) + " new handovers that week, limit "
                    + policy.weeklyNewHandoverLimit());
        }
        return warnings;
    }

    /**
     * Why no worker could take {@code client}: candidates are narrowed rule by rule (team, competencies,
     * availability, spare capacity given the loads after solving) and the first rule that leaves none is the reason.
     *
     * @param loadPoints each worker's weighted load after solving, without this (unpaired) client
     */
    public UnpairedClient explainUnpaired(HandoverClient client, List<Worker> workers, Map<Worker, Integer> loadPoints) {
        String who = "no worker in a team covering " + cell(client);
        List<Worker> candidates = narrow(workers, worker -> coversClient(worker, client));
        if (candidates.isEmpty()) {
            return new UnpairedClient(client.personId(), UnpairedReason.NO_TEAM_COVERS_CLIENT, who);
        }
        Set<Competency> required = client.requiredCompetencies();
        String has = required.isEmpty() ? "" : " has " + codes(required) + " and";
        candidates = narrow(candidates, worker -> missingCompetencies(client, worker).isEmpty());
        if (candidates.isEmpty()) {
            return new UnpairedClient(client.personId(), UnpairedReason.NO_WORKER_WITH_COMPETENCIES,
                    who + " has " + codes(required));
        }
        candidates = narrow(candidates, worker -> available(client, worker));
        if (candidates.isEmpty()) {
            return new UnpairedClient(client.personId(), UnpairedReason.NO_WORKER_AVAILABLE, who + has
                    + " is in post from " + windowStart(client) + " until after " + mustStayUntil(client));
        }
        int weight = weightOf(client);
        candidates = narrow(candidates, worker ->
                loadPoints.getOrDefault(worker, worker.currentLoadPoints()) + weight <= worker.capacityPoints());
        if (candidates.isEmpty()) {
            return new UnpairedClient(client.personId(), UnpairedReason.NO_SPARE_CAPACITY,
                    who + has + " spare capacity for " + weight + " points");
        }
        return new UnpairedClient(client.personId(), UnpairedReason.NOT_PLACED_WITHIN_LIMIT,
                "worker " + candidates.get(0).id() + " could take " + weight + " points but the solver stopped first");
    }

    /** Workers who pass every rule that does not depend on other pairings: the solver's candidates. */
    List<Worker> staticCandidates(HandoverClient client, List<Worker> workers) {
        return narrow(workers, worker -> coversClient(worker, client)
                && missingCompetencies(client, worker).isEmpty()
                && available(client, worker));
    }

    boolean coversClient(Worker worker, HandoverClient client) {
        for (MergedTeam team : teams) {
            if (worker.teamCodes().contains(team.code()) && team.covers(client.locality(), client.serviceLine())) {
                return true;
            }
        }
        return false;
    }

    private static Set<Competency> missingCompetencies(HandoverClient client, Worker worker) {
        Set<Competency> missing = new TreeSet<>(client.requiredCompetencies());
        missing.removeAll(worker.competencies());
        return missing;
    }

    private boolean available(HandoverClient client, Worker worker) {
        return worker.availableBetween(windowStart(client), mustStayUntil(client));
    }

    private LocalDate windowStart(HandoverClient client) {
        return policy.windowRule().windowStart(client.cutoverDate());
    }

    private LocalDate mustStayUntil(HandoverClient client) {
        return policy.windowRule().mustStayUntil(client.cutoverDate());
    }

    private static Map.Entry<String, Integer> bestKnown(HandoverClient client) {
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> entry : client.familiarity().entrySet()) {
            if (entry.getValue() > 0 && (best == null || entry.getValue() > best.getValue())) {
                best = entry;
            }
        }
        return best;
    }

    private static List<Worker> narrow(List<Worker> workers, Predicate<Worker> rule) {
        return workers.stream().filter(rule).collect(Collectors.toList());
    }

    private static String cell(HandoverClient client) {
        return client.locality() + "/" + client.serviceLine();
    }

    private static String codes(Set<Competency> competencies) {
        return competencies.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }
}
