package org.carebridge.handover.pairing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.carebridge.handover.model.Competency;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.Worker;

/**
 * The planning entity: one client and the lead worker chosen for them, or {@code null} when no worker can take
 * them without breaking a hard rule (they are then reported as unpaired, never forced onto someone).
 *
 * <p>Everything that depends on the client alone is computed once here, so the constraints stay cheap. The value
 * range is the client's own candidate list: workers in a team covering the client's locality and service line.
 * Narrowing it per client keeps the search small (a South mental-health client never tries a North adults
 * worker); the team rule is still a constraint so that a hand-made pairing is checked the same way.
 */
@PlanningEntity(comparatorClass = PairingDifficulty.class)
public class Pairing {

    /**
     * Long-standing mental-health clients must keep a worker they know where possible, so their continuity and
     * familiarity count this many times a routine client's: when capacity is short, they keep their worker first.
     */
    static final int LONG_STANDING_FACTOR = 3;

    @PlanningId
    private String id;
    private HandoverClient client;
    private int weight;
    private Set<Competency> requiredCompetencies;
    private LocalDate windowStart;
    private LocalDate mustStayUntil;
    private LocalDate handoverWeek;
    private int familiarityCap;
    private int bestFamiliarity;
    private List<Worker> candidates;

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private Worker worker;

    /** For Timefold's cloning. */
    public Pairing() {
    }

    Pairing(HandoverClient client, PairingPolicy policy, List<Worker> candidates) {
        this.id = client.personId();
        this.client = client;
        this.weight = policy.weighting().pointsFor(client);
        this.requiredCompetencies = client.requiredCompetencies();
        this.windowStart = policy.windowRule().windowStart(client.cutoverDate());
        this.mustStayUntil = policy.windowRule().mustStayUntil(client.cutoverDate());
        this.handoverWeek = windowStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.familiarityCap = policy.familiarityCap();
        this.candidates = List.copyOf(candidates);
        this.bestFamiliarity = this.candidates.stream()
                .mapToInt(this::cappedFamiliarity)
                .max()
                .orElse(0);
    }

    public String getId() {
        return id;
    }

    public HandoverClient getClient() {
        return client;
    }

    public int getWeight() {
        return weight;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public LocalDate getMustStayUntil() {
        return mustStayUntil;
    }

    /** Monday of the week the handover window opens: the week the incoming worker's new handover counts in. */
    public LocalDate getHandoverWeek() {
        return handoverWeek;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Worker> getCandidates() {
        return candidates;
    }

    public Worker getWorker() {
        return worker;
    }

    public void setWorker(Worker worker) {
        this.worker = worker;
    }

    public boolean isAssigned() {
        return worker != null;
    }

    int missingCompetencyCount() {
        int missing = 0;
        for (Competency required : requiredCompetencies) {
            if (!worker.competencies().contains(required)) {
                missing++;
            }
        }
        return missing;
    }

    boolean workerAvailable() {
        return worker.availableBetween(windowStart, mustStayUntil);
    }

    /** The assigned worker already holds the client, so there is no new handover for them to take on. */
    boolean isNewHandover() {
        return !client.isCurrentWorker(worker.id());
    }

    /** The client has a current worker who continues, and the assigned worker is not one of them. */
    boolean losesContinuingWorker() {
        Set<String> continuing = client.continuingWorkerIds();
        return !continuing.isEmpty() && !continuing.contains(worker.id());
    }

    /** Match weight of losing a continuing worker. */
    int continuityWeight() {
        return client.isLongStandingMentalHealth() ? LONG_STANDING_FACTOR : 1;
    }

    /**
     * How far the assigned worker falls short of the best-known candidate, in capped contacts, plus a full cap when
     * the worker is a stranger although a candidate knows the client (knowing the client at all matters more than
     * how many contacts); counted {@value #LONG_STANDING_FACTOR} times for a long-standing mental-health client.
     */
    int familiarityShortfall() {
        int own = cappedFamiliarity(worker);
        int shortfall = bestFamiliarity - own + (bestFamiliarity > 0 && own == 0 ? familiarityCap : 0);
        return client.isLongStandingMentalHealth() ? LONG_STANDING_FACTOR * shortfall : shortfall;
    }

    boolean languageUnmatched() {
        return client.preferredLanguage() != null && !worker.speaks(client.preferredLanguage());
    }

    boolean genderPreferenceUnmet() {
        return client.preferredWorkerGender() != null && !client.preferredWorkerGender().equals(worker.gender());
    }

    private int cappedFamiliarity(Worker candidate) {
        return Math.min(client.familiarityWith(candidate.id()), familiarityCap);
    }

    Set<Competency> requiredCompetencies() {
        return Collections.unmodifiableSet(requiredCompetencies);
    }

    @Override
    public String toString() {
        return id + "->" + worker;
    }
}
