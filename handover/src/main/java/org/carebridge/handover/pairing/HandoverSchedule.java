package org.carebridge.handover.pairing;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.carebridge.handover.model.MergedTeam;
import org.carebridge.handover.model.Worker;

/**
 * The Timefold planning solution: one independent pairing problem (a whole wave, or one partition of it).
 * Hard = a rule that may never be broken, medium = clients left unpaired, soft = preferences.
 */
@PlanningSolution
public class HandoverSchedule {

    @ProblemFactCollectionProperty
    private List<MergedTeam> teams;
    @ProblemFactCollectionProperty
    private List<Worker> workers;
    @ProblemFactProperty
    private PairingPolicy policy;
    @PlanningEntityCollectionProperty
    private List<Pairing> pairings;
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For Timefold's cloning. */
    public HandoverSchedule() {
    }

    HandoverSchedule(List<MergedTeam> teams, List<Worker> workers, PairingPolicy policy, List<Pairing> pairings,
                     PairingWeights weights) {
        this.teams = List.copyOf(teams);
        this.workers = List.copyOf(workers);
        this.policy = policy;
        this.pairings = List.copyOf(pairings);
        this.constraintWeightOverrides = weights.asOverrides();
    }

    public List<MergedTeam> getTeams() {
        return teams;
    }

    public List<Worker> getWorkers() {
        return workers;
    }

    public PairingPolicy getPolicy() {
        return policy;
    }

    public List<Pairing> getPairings() {
        return pairings;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }
}
