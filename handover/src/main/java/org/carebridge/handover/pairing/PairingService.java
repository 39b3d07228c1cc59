package org.carebridge.handover.pairing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.ScoreExplanation;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatch;
import ai.timefold.solver.core.api.score.constraint.Indictment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.Worker;

/**
 * The pairing facade: proposes a lead worker for every client of a {@link PairingProblem} with Timefold Solver,
 * explains each proposal and reports every client that could not be paired with the reason.
 */
public final class PairingService {

    /** A partition's share of the time limit never drops below this, so small partitions still get searched. */
    private static final Duration MIN_PARTITION_TIME = Duration.ofMillis(200);

    private final PairingSettings settings;
    private final SolverFactory<HandoverSchedule> solverFactory;
    private final SolutionManager<HandoverSchedule, HardMediumSoftLongScore> solutionManager;

    public PairingService(PairingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.solverFactory = SolverFactory.create(solverConfig(settings));
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    public PairingResult pair(PairingProblem problem) {
        requireUniqueIds(problem);
        PairingChecker checker = new PairingChecker(problem.teams(), settings.policy());
        List<ProblemPartitioner.Partition> partitions = settings.partitioned()
                ? new ProblemPartitioner(problem.teams()).partition(problem.workers(), problem.clients())
                : List.of(new ProblemPartitioner.Partition(sortedWorkers(problem.workers()),
                sortedClients(problem.clients())));

        List<HandoverSchedule> solved = new ArrayList<>();
        HardMediumSoftLongScore score = HardMediumSoftLongScore.ZERO;
        Map<String, List<ScoreImpact>> breakdowns = new TreeMap<>();
        for (ProblemPartition partition : toSchedules(problem, partitions, checker)) {
            HandoverSchedule schedule = partition.solveWith(this);
            ScoreExplanation<HandoverSchedule, HardMediumSoftLongScore> explanation =
                    solutionManager.explain(schedule);
            score = score.add(explanation.getScore());
            collectBreakdowns(schedule, explanation, breakdowns);
            solved.add(schedule);
        }
        return assemble(problem, checker, solved, breakdowns, score, partitions.size());
    }

    private List<ProblemPartition> toSchedules(PairingProblem problem, List<ProblemPartitioner.Partition> partitions,
                                               PairingChecker checker) {
        int totalClients = Math.max(1, problem.clients().size());
        List<ProblemPartition> schedules = new ArrayList<>();
        for (ProblemPartitioner.Partition partition : partitions) {
            List<Pairing> pairings = new ArrayList<>();
            for (HandoverClient client : partition.clients()) {
                pairings.add(new Pairing(client, settings.policy(),
                        checker.staticCandidates(client, partition.workers())));
            }
            HandoverSchedule schedule = new HandoverSchedule(problem.teams(), partition.workers(),
                    settings.policy(), pairings, settings.weights());
            Duration share = null;
            if (settings.timeLimit() != null) {
                share = Duration.ofMillis(settings.timeLimit().toMillis() * partition.clients().size() / totalClients);
                share = share.compareTo(MIN_PARTITION_TIME) < 0 ? MIN_PARTITION_TIME : share;
            }
            schedules.add(new ProblemPartition(schedule, share));
        }
        return schedules;
    }

    /** A partition's schedule and its share of the time limit. */
    private record ProblemPartition(HandoverSchedule schedule, Duration timeShare) {

        HandoverSchedule solveWith(PairingService service) {
            boolean anyCandidate = schedule.getPairings().stream().anyMatch(p -> !p.getCandidates().isEmpty());
            if (!anyCandidate) {
                return schedule;
            }
            SolverConfigOverride<HandoverSchedule> override = new SolverConfigOverride<>();
            if (timeShare != null || service.settings.unimprovedTimeLimit() != null) {
                TerminationConfig termination = new TerminationConfig();
                if (timeShare != null) {
                    termination.setSpentLimit(timeShare);
                }
                if (service.settings.unimprovedTimeLimit() != null) {
                    termination.setUnimprovedSpentLimit(service.settings.unimprovedTimeLimit());
                }
                override = override.withTerminationConfig(termination);
            }
            Solver<HandoverSchedule> solver = service.solverFactory.buildSolver(override);
            return solver.solve(schedule);
        }
    }

    private PairingResult assemble(PairingProblem problem, PairingChecker checker, List<HandoverSchedule> solved,
                                   Map<String, List<ScoreImpact>> breakdowns, HardMediumSoftLongScore score,
                                   int partitionCount) {
        List<Worker> workers = sortedWorkers(problem.workers());
        Map<Worker, Integer> load = new TreeMap<>(Comparator.comparing(Worker::id));
        Map<Worker, Integer> newClients = new TreeMap<>(Comparator.comparing(Worker::id));
        Map<String, Integer> newHandoversByWorkerWeek = new TreeMap<>();
        for (Worker worker : workers) {
            load.put(worker, worker.currentLoadPoints());
            newClients.put(worker, 0);
        }
        List<Pairing> all = new ArrayList<>();
        for (HandoverSchedule schedule : solved) {
            for (Pairing pairing : schedule.getPairings()) {
                all.add(pairing);
                if (pairing.isAssigned()) {
                    load.merge(pairing.getWorker(), pairing.getWeight(), Integer::sum);
                    newClients.merge(pairing.getWorker(), 1, Integer::sum);
                    if (pairing.isNewHandover()) {
                        newHandoversByWorkerWeek.merge(workerWeek(pairing), 1, Integer::sum);
                    }
                }
            }
        }
        all.sort(Comparator.comparing(Pairing::getId));

        ProposalExplainer explainer = new ProposalExplainer(problem.teams(), checker);
        List<Proposal> proposals = new ArrayList<>();
        List<UnpairedClient> unpaired = new ArrayList<>();
        for (Pairing pairing : all) {
            if (pairing.isAssigned()) {
                proposals.add(explainer.explain(pairing, load.get(pairing.getWorker()),
                        newHandoversByWorkerWeek.getOrDefault(workerWeek(pairing), 0),
                        breakdowns.getOrDefault(pairing.getId(), List.of())));
            } else {
                unpaired.add(checker.explainUnpaired(pairing.getClient(), workers, load));
            }
        }
        List<WorkerLoad> loads = new ArrayList<>();
        for (Worker worker : workers) {
            loads.add(new WorkerLoad(worker.id(), load.get(worker), worker.capacityPoints(), newClients.get(worker)));
        }
        return new PairingResult(proposals, unpaired, loads, score, partitionCount);
    }

    private static String workerWeek(Pairing pairing) {
        return pairing.getWorker().id() + "@" + pairing.getHandoverWeek();
    }

    private static void collectBreakdowns(HandoverSchedule schedule,
                                          ScoreExplanation<HandoverSchedule, HardMediumSoftLongScore> explanation,
                                          Map<String, List<ScoreImpact>> breakdowns) {
        Map<Object, Indictment<HardMediumSoftLongScore>> indictments = explanation.getIndictmentMap();
        for (Pairing pairing : schedule.getPairings()) {
            Indictment<HardMediumSoftLongScore> indictment = indictments.get(pairing);
            if (indictment == null) {
                continue;
            }
            Map<String, HardMediumSoftLongScore> byConstraint = new TreeMap<>();
            for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
                byConstraint.merge(match.getConstraintRef().constraintName(), match.getScore(),
                        HardMediumSoftLongScore::add);
            }
            List<ScoreImpact> impacts = new ArrayList<>();
            byConstraint.forEach((name, impact) -> impacts.add(
                    new ScoreImpact(name, impact.hardScore(), impact.mediumScore(), impact.softScore())));
            breakdowns.put(pairing.getId(), impacts);
        }
    }

    private static SolverConfig solverConfig(PairingSettings settings) {
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        if (settings.localSearchMoveLimit() != null) {
            localSearch.setTerminationConfig(new TerminationConfig()
                    .withMoveCountLimit(settings.localSearchMoveLimit()));
        }
        return new SolverConfig()
                .withSolutionClass(HandoverSchedule.class)
                .withEntityClasses(Pairing.class)
                .withConstraintProviderClass(HandoverConstraints.class)
                .withEnvironmentMode(settings.environmentMode())
                .withRandomSeed(settings.randomSeed())
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        localSearch);
    }

    private static void requireUniqueIds(PairingProblem problem) {
        Set<String> people = new HashSet<>();
        for (HandoverClient client : problem.clients()) {
            if (!people.add(client.personId())) {
                throw new IllegalArgumentException("client " + client.personId() + " appears twice");
            }
        }
        Set<String> workerIds = new HashSet<>();
        for (Worker worker : problem.workers()) {
            if (!workerIds.add(worker.id())) {
                throw new IllegalArgumentException("worker " + worker.id() + " appears twice");
            }
        }
    }

    private static List<Worker> sortedWorkers(List<Worker> workers) {
        List<Worker> sorted = new ArrayList<>(workers);
        sorted.sort(Comparator.comparing(Worker::id));
        return sorted;
    }

    private static List<HandoverClient> sortedClients(List<HandoverClient> clients) {
        List<HandoverClient> sorted = new ArrayList<>(clients);
        sorted.sort(Comparator.comparing(HandoverClient::personId));
        return sorted;
    }
}
