package org.carebridge.handover.pairing;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import org.carebridge.handover.model.MergedTeam;
import org.carebridge.handover.model.Worker;

/**
 * The pairing rules as Timefold constraint streams. Hard rules penalise one hard point per breach (capacity: per
 * point over), unpaired clients one medium point each, soft rules carry the configurable {@link PairingWeights}.
 */
public final class HandoverConstraints implements ConstraintProvider {

    static final String TEAM_COVERS_CLIENT = "Team covers locality and service line";
    static final String COMPETENCIES = "Required competencies";
    static final String CAPACITY = "Capacity not exceeded";
    static final String AVAILABILITY = "Available for the window and not leaving";
    static final String UNPAIRED = "Client unpaired";
    static final String CONTINUITY = "Keep a continuing worker";
    static final String FAMILIARITY = "Prefer a worker who knows the client";
    static final String LANGUAGE = "Language match";
    static final String GENDER = "Gender preference";
    static final String FAIR_LOAD = "Fair balance of weighted caseloads";
    static final String WEEKLY_LIMIT = "New handovers per worker per week";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                teamCoversClient(factory),
                requiredCompetencies(factory),
                capacity(factory),
                availability(factory),
                unpaired(factory),
                continuity(factory),
                familiarity(factory),
                language(factory),
                gender(factory),
                fairLoad(factory),
                weeklyLimit(factory)
        };
    }

    Constraint teamCoversClient(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .ifNotExists(MergedTeam.class, Joiners.filtering((Pairing pairing, MergedTeam team) ->
                        pairing.getWorker().teamCodes().contains(team.code())
                                && team.covers(pairing.getClient().locality(), pairing.getClient().serviceLine())))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(TEAM_COVERS_CLIENT);
    }

    /** One hard point per missing competency. */
    Constraint requiredCompetencies(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .filter(pairing -> pairing.missingCompetencyCount() > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, Pairing::missingCompetencyCount)
                .asConstraint(COMPETENCIES);
    }

    /** One hard point per capacity point over the ceiling, counting the load the worker keeps outside the problem. */
    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .groupBy(Pairing::getWorker, sum(Pairing::getWeight))
                .filter((worker, added) -> worker.currentLoadPoints() + added > worker.capacityPoints())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (worker, added) -> worker.currentLoadPoints() + added - worker.capacityPoints())
                .indictWith((worker, added) -> List.of(worker))
                .asConstraint(CAPACITY);
    }

    Constraint availability(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .filter(pairing -> !pairing.workerAvailable())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(AVAILABILITY);
    }

    Constraint unpaired(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Pairing.class)
                .filter(pairing -> !pairing.isAssigned())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(UNPAIRED);
    }

    /** Match weight 3 for a long-standing mental-health client, 1 for anyone else. */
    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .filter(Pairing::losesContinuingWorker)
                .penalize(HardMediumSoftLongScore.ONE_SOFT, Pairing::continuityWeight)
                .asConstraint(CONTINUITY);
    }

    /**
     * Match weight: capped contacts the chosen worker has fewer than the best-known candidate (0 when best), plus
     * the cap when the chosen worker does not know the client at all although a candidate does; three times for a
     * long-standing mental-health client.
     */
    Constraint familiarity(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .filter(pairing -> pairing.familiarityShortfall() > 0)
                .penalize(HardMediumSoftLongScore.ONE_SOFT, Pairing::familiarityShortfall)
                .asConstraint(FAMILIARITY);
    }

    Constraint language(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .filter(Pairing::languageUnmatched)
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .asConstraint(LANGUAGE);
    }

    Constraint gender(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .filter(Pairing::genderPreferenceUnmet)
                .penalize(HardMediumSoftLongScore.ONE_SOFT)
                .asConstraint(GENDER);
    }

    /**
     * Sum over workers of the squared load ratio, which spreads the new clients towards the least loaded workers.
     * Only the increase over the worker's load before this problem is penalised (the rest is a constant), in
     * units of (load/capacity x 1000)^2 / 1000, so one point on a 100-point worker at 80 costs 16.
     */
    Constraint fairLoad(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .groupBy(Pairing::getWorker, sum(Pairing::getWeight))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, HandoverConstraints::squaredLoadIncrease)
                .indictWith((worker, added) -> List.of(worker))
                .asConstraint(FAIR_LOAD);
    }

    /** One unit per new handover above the limit, for each worker and week. */
    Constraint weeklyLimit(ConstraintFactory factory) {
        return factory.forEach(Pairing.class)
                .filter(Pairing::isNewHandover)
                .groupBy(Pairing::getWorker, Pairing::getHandoverWeek, count())
                .join(PairingPolicy.class)
                .filter((worker, week, handovers, policy) -> handovers > policy.weeklyNewHandoverLimit())
                .penalize(HardMediumSoftLongScore.ONE_SOFT,
                        (worker, week, handovers, policy) -> handovers - policy.weeklyNewHandoverLimit())
                .indictWith((worker, week, handovers, policy) -> List.of(worker))
                .asConstraint(WEEKLY_LIMIT);
    }

    static long squaredLoadIncrease(Worker worker, int added) {
        long capacity = Math.max(1, worker.capacityPoints());
        long before = worker.currentLoadPoints();
        long after = before + added;
        return (after * after - before * before) * 1000 / (capacity * capacity);
    }
}
