package org.carebridge.handovers;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.carebridge.audit.AuditEntry;
import org.carebridge.audit.AuditTrail;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.Worker;
import org.carebridge.handover.pairing.PairingCheck;
import org.carebridge.handover.pairing.PairingChecker;
import org.carebridge.handover.pairing.PairingFigures;
import org.carebridge.handover.pairing.PairingPolicy;
import org.carebridge.handover.pairing.PairingProblem;
import org.carebridge.handover.pairing.PairingResult;
import org.carebridge.handover.pairing.PairingService;
import org.carebridge.handover.pairing.Proposal;
import org.carebridge.handover.pairing.ScoreImpact;
import org.carebridge.handover.pairing.UnpairedClient;
import org.carebridge.handover.pairing.WorkerLoad;
import org.carebridge.handover.workflow.Actor;
import org.carebridge.handover.workflow.AuditEvent;
import org.carebridge.handover.workflow.HandoverCase;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handover.workflow.HandoverWorkflow;
import org.carebridge.handover.workflow.RepairOutcome;
import org.carebridge.handover.workflow.TransitionRefusedException;
import org.carebridge.load.Workforce;
import org.carebridge.merged.MergedModelSchema;
import org.carebridge.merged.RowHash;
import org.carebridge.wave.WaveService;
import org.carebridge.wave.WavesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Worker handovers in the application: proposes a wave's pairings with the library's solver and stores them as
 * cases, moves cases through the library's state machine on behalf of a user (every transition stored and written
 * to the audit trail with who, role, when and why), lists what a user may see, offers re-pairing candidates, and
 * makes an active handover's incoming worker the person's lead worker in the live model.
 *
 * <p>Who may reach a case is decided here for every channel (console, REST, command line): a clinical lead only
 * the cases of the teams they lead, governance and administrators every case read-only. The library then checks
 * that the deciding lead is the case's own. Refusals of reach are audited.
 */
@Service
public class HandoverService {

    private static final Logger log = LoggerFactory.getLogger(HandoverService.class);
    private static final String NO_LEAD = "(no clinical lead configured)";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WaveService waves;
    private final WavesProperties wavesConfig;
    private final HandoverStore store;
    private final HandoverWorkflow workflow;
    private final ObjectProvider<PairingService> pairing;
    private final PairingChecker checker;
    private final PairingPolicy policy;
    private final TeamCatalogue teams;
    private final HandoversProperties properties;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public HandoverService(WaveService waves, WavesProperties wavesConfig, HandoverStore store,
                           HandoverWorkflow workflow, ObjectProvider<PairingService> pairing, PairingChecker checker,
                           PairingPolicy policy, TeamCatalogue teams, HandoversProperties properties,
                           AuditTrail audit, JdbcTemplate jdbc, NamedParameterJdbcTemplate named,
                           TransactionTemplate transactions, Clock clock) {
        this.waves = waves;
        this.wavesConfig = wavesConfig;
        this.store = store;
        this.workflow = workflow;
        this.pairing = pairing;
        this.checker = checker;
        this.policy = policy;
        this.teams = teams;
        this.properties = properties;
        this.audit = audit;
        this.jdbc = jdbc;
        this.named = named;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---- propose ------------------------------------------------------------------------------------------------

    /**
     * Proposes a lead worker for every open client of the wave's cohort who needs a handover. Cases a clinical lead
     * has already decided are kept as they are (their incoming workers' load counts); undecided and rejected cases
     * are superseded by the new proposals.
     */
    public ProposalRun propose(String waveCode, String actor) {
        return waves.onCohort(waveCode, (wave, runId, context) -> {
            Instant started = clock.instant();
            store.startRun(runId, wave.code(), started, actor, properties.describe());
            long buildStart = System.nanoTime();
            WaveProblem problem = new WaveProblemReader(named, jdbc, policy.weighting(),
                    wavesConfig.longStandingThreshold(), properties.familiarityWindow()).read(wave, runId, context);
            List<StoredCase> existing = store.current(wave.code());
            Map<String, StoredCase> decided = new TreeMap<>();
            Map<String, Integer> undecided = new TreeMap<>();
            for (StoredCase c : existing) {
                if (HandoverStore.DECIDED.contains(c.handover().state())) {
                    decided.put(c.personId(), c);
                } else {
                    undecided.put(c.caseId(), c.version());
                }
            }
            Map<String, Integer> outside = new TreeMap<>(problem.outsideLoads());
            decided.values().forEach(c -> outside.merge(c.handover().incomingWorkerId(), c.weightPoints(),
                    Integer::sum));
            List<HandoverClient> clients = problem.clients().stream()
                    .filter(c -> !decided.containsKey(c.personId())).toList();
            WorkerRoster roster = new WorkerRoster(problem.workforce());
            List<Worker> workers = roster.workers(outside);
            long solveStart = System.nanoTime();
            PairingResult result = clients.isEmpty() ? null
                    : pairing.getObject().pair(new PairingProblem(teams.teams(), workers, clients));
            long solveEnd = System.nanoTime();

            List<HandoverStore.NewCase> cases = new ArrayList<>();
            List<ProposalRun.Unpaired> unpaired = new ArrayList<>();
            Map<String, HandoverClient> byId = new HashMap<>();
            clients.forEach(c -> byId.put(c.personId(), c));
            Map<String, org.carebridge.handover.needs.HandoverNeed> needs = new HashMap<>();
            problem.needs().forEach(n -> needs.put(n.personId(), n));
            if (result != null) {
                for (Proposal proposal : result.proposals()) {
                    HandoverClient client = byId.get(proposal.personId());
                    String team = roster.teamOf(proposal.incomingWorkerId()).orElseThrow();
                    HandoverCase handover = workflow.propose(proposal, client,
                            teams.clinicalLeadOf(team).orElse(NO_LEAD));
                    var need = needs.get(proposal.personId());
                    cases.add(new HandoverStore.NewCase(newCaseId(), wave.code(), runId, team,
                            proposal.keepsCurrentWorker(), proposal.weightPoints(), proposal.knownContacts(),
                            proposal.drivers(), proposal.warnings(), breakdown(proposal.scoreBreakdown()),
                            need.longStandingWith(), need.relationshipSince(), handover));
                }
                for (UnpairedClient u : result.unpaired()) {
                    HandoverClient client = byId.get(u.personId());
                    unpaired.add(new ProposalRun.Unpaired(u.personId(), u.reason().name(), u.detail(),
                            teams.covering(client.locality(), client.serviceLine()).orElse(null),
                            client.reasons().stream().map(Enum::name).sorted().toList()));
                }
            }
            for (WaveProblem.Unbuildable u : problem.unbuildable()) {
                if (!decided.containsKey(u.need().personId())) {
                    unpaired.add(new ProposalRun.Unpaired(u.need().personId(), u.reason(), u.detail(), null,
                            u.need().reasons().stream().map(Enum::name).sorted().toList()));
                }
            }
            unpaired.sort(Comparator.comparing(ProposalRun.Unpaired::personId));

            PairingFigures figures = result == null ? null : PairingFigures.of(clients, result);
            Optional<WorkerLoad> busiest = figures == null ? Optional.empty() : figures.busiestWorker();
            ProposalRun run = new ProposalRun(runId, wave.code(), problem.cohortPersons(), problem.openClients(),
                    problem.needs().size(), decided.size(), clients.size(), cases.size(),
                    figures == null ? 0 : figures.keptCurrentWorker(), figures == null ? 0 : figures.longStanding(),
                    figures == null ? 0 : figures.longStandingWithKnownWorker(),
                    busiest.map(WorkerLoad::workerId).orElse(null), busiest.map(WorkerLoad::pointsAfter).orElse(0),
                    busiest.map(WorkerLoad::capacityPoints).orElse(0), unpaired, (solveStart - buildStart) / 1_000_000,
                    (solveEnd - solveStart) / 1_000_000, result == null ? "" : result.score().toString());
            transactions.executeWithoutResult(status -> store(run, actor, cases, undecided, problem.outsideLoads(),
                    result));
            log.info("handover proposal run {} for {}: {} cases, {} unpaired", runId, wave.code(), cases.size(),
                    unpaired.size());
            return run;
        });
    }

    private void store(ProposalRun run, String actor, List<HandoverStore.NewCase> cases,
                       Map<String, Integer> undecided, Map<String, Integer> outside, PairingResult result) {
        List<String> superseded = store.supersede(undecided, run.runId());
        for (String caseId : superseded) {
            audit.append(new AuditTrail.Record(actor, "SYSTEM", "HANDOVER_SUPERSEDED", "HANDOVER", caseId,
                    run.runId(), "re-proposed by run " + run.runId(), "wave " + run.wave()));
        }
        // A case decided while this run was solving stays; the new proposal for that person is dropped.
        Set<String> stillCurrent = store.decidedPersons(run.wave());
        List<HandoverStore.NewCase> fresh = cases.stream()
                .filter(c -> !stillCurrent.contains(c.handover().personId())).toList();
        Instant now = clock.instant();
        store.insert(fresh, now);
        for (HandoverStore.NewCase c : fresh) {
            recordTransitions(c.caseId(), c.wave(), c.teamCode(), run.runId(), 1, c.handover().auditTrail());
        }
        store.insertUnpaired(run.runId(), run.wave(), run.unpaired());
        if (result != null) {
            store.insertWorkerLoads(run.runId(), result.workerLoads().stream().map(l -> new Object[]{run.runId(), l.workerId(),
                    outside.getOrDefault(l.workerId(), 0), l.pointsAfter(), l.capacityPoints()}).toList());
        }
        store.finishRun(run, now);
        audit.append(new AuditTrail.Record(actor, "SYSTEM", "HANDOVERS_PROPOSED", "WAVE", run.wave(), run.runId(),
                null, run.proposals() + " proposed, " + run.unpaired().size() + " unpaired, " + run.keptDecided()
                + " decided kept, " + superseded.size() + " superseded"));
    }

    // ---- read ---------------------------------------------------------------------------------------------------

    /** Current cases the viewer may see, filtered by wave and state (either may be null). */
    public List<CaseSummary> list(Viewer viewer, String wave, HandoverState state, int limit) {
        return store.summaries(wave, state, viewer.visibleTeams(), limit);
    }

    /** One case, if the viewer may reach it; otherwise the attempt is audited and refused. */
    public StoredCase find(Viewer viewer, String caseId) {
        return reachable(viewer, caseId, "view");
    }

    /** Current cases per wave and state, for the wave status page (counts only). */
    public Map<String, Map<HandoverState, Integer>> counts() {
        return store.countsByWave();
    }

    /** The pairing runs of a wave, newest first. */
    public List<Map<String, Object>> runs(String wave) {
        return store.runs(wave);
    }

    public List<ProposalRun.Unpaired> unpaired(long runId) {
        return store.unpaired(runId);
    }

    /**
     * Workers matching {@code query} (id, team, language or competency; blank for all) for re-pairing the case,
     * each checked against the hard rules with the loads as they stand: eligible ones first, best known first.
     */
    public List<EligibleWorker> eligibleWorkers(Viewer viewer, String caseId, String query, int limit) {
        StoredCase stored = reachable(viewer, caseId, "list workers for");
        WorkerRoster roster = new WorkerRoster(Workforce.staged(jdbc));
        LoadBook loads = loadBook(stored);
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        HandoverClient client = stored.handover().client();
        List<EligibleWorker> found = new ArrayList<>();
        for (Worker worker : roster.workers(Map.of())) {
            if (worker.id().equals(stored.handover().incomingWorkerId())) {
                continue;
            }
            String languages = String.join(";", worker.languages());
            String competencies = worker.competencies().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(";"));
            String haystack = (worker.id() + " " + String.join(" ", worker.teamCodes()) + " " + languages + " "
                    + competencies).toLowerCase(Locale.ROOT);
            if (!needle.isEmpty() && !haystack.contains(needle)) {
                continue;
            }
            int load = loads.pointsOf(worker.id());
            PairingCheck check = checker.check(client, worker, load, loads.newHandoversOf(worker.id()));
            found.add(new EligibleWorker(worker.id(), String.join(",", worker.teamCodes()),
                    load + checker.weightOf(client), worker.capacityPoints(), client.familiarityWith(worker.id()),
                    languages, competencies, check.violations().stream().map(v -> v.rule() + ": " + v.detail())
                    .toList(), check.warnings()));
        }
        found.sort(Comparator.comparing((EligibleWorker w) -> !w.eligible())
                .thenComparing(EligibleWorker::knownContacts, Comparator.reverseOrder())
                .thenComparing(w -> w.warnings().size())
                .thenComparing(EligibleWorker::workerId));
        return found.subList(0, Math.min(found.size(), Math.max(1, limit)));
    }

    // ---- decide -------------------------------------------------------------------------------------------------

    public StoredCase approve(Viewer viewer, String caseId, String reason) {
        return decide(viewer, caseId, "approve", h -> workflow.approve(h, lead(viewer), reason));
    }

    public StoredCase reject(Viewer viewer, String caseId, String reason) {
        return decide(viewer, caseId, "reject", h -> workflow.reject(h, lead(viewer), reason));
    }

    /** A re-pairing with the soft issues the lead accepted by making it. */
    public record Repaired(StoredCase handover, List<String> warnings) {
    }

    public Repaired repair(Viewer viewer, String caseId, String workerId, String reason) {
        List<String> warnings = new ArrayList<>();
        StoredCase updated = decide(viewer, caseId, "re-pair", h -> {
            StoredCase stored = store.find(caseId).orElseThrow();
            Worker worker = new WorkerRoster(Workforce.staged(jdbc)).worker(workerId == null ? "" : workerId.strip(), 0)
                    .orElseThrow(() -> new HandoverRefused("no worker " + workerId + " in the workforce plan"));
            LoadBook loads = loadBook(stored);
            RepairOutcome outcome = workflow.repair(h, lead(viewer), worker, loads.pointsOf(worker.id()),
                    loads.newHandoversOf(worker.id()), reason);
            warnings.addAll(outcome.warnings());
            return outcome.handover();
        });
        return new Repaired(updated, warnings);
    }

    /** The incoming worker accepts; if the wave is live and the effective date has come, it becomes active. */
    public StoredCase accept(String caseId, String workerId) {
        StoredCase stored = store.find(caseId).orElseThrow(() -> unknown(caseId));
        StoredCase accepted = transition(stored, h -> workflow.accept(h, Actor.worker(workerId)));
        activateDue(accepted.wave());
        return store.find(caseId).orElseThrow();
    }

    /** The case's clinical lead (or the incoming worker) completes the handover at the follow-up review. */
    public StoredCase complete(Viewer viewer, String caseId, String reason) {
        return decide(viewer, caseId, "complete", h -> workflow.complete(h, lead(viewer), reason));
    }

    /**
     * Activates every accepted case of the wave whose effective date has come, and makes the incoming worker of
     * every active or completed case the person's lead worker (basis HANDOVER) in the live model, where the wave
     * has loaded them. Before that the loader's lead worker (the outgoing worker, or the team manager as interim)
     * stays responsible, as the library's timeline requires.
     *
     * @return lead workers changed in the live model
     */
    public int activateDue(String wave) {
        LocalDate today = LocalDate.now(clock);
        for (StoredCase c : store.current(wave)) {
            if (c.handover().state() == HandoverState.ACCEPTED
                    && !today.isBefore(c.handover().plan().effectiveDate())) {
                transition(c, h -> workflow.activate(h, Actor.system()));
            }
        }
        return syncLeadWorkers(wave);
    }

    private int syncLeadWorkers(String wave) {
        Integer live = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = ?"
                + " AND LOWER(table_name) = 'lead_worker'", Integer.class, MergedModelSchema.LIVE);
        if (live == null || live == 0) {
            return 0;
        }
        WorkerRoster roster = new WorkerRoster(Workforce.staged(jdbc));
        int changed = 0;
        for (StoredCase c : store.current(wave)) {
            HandoverState state = c.handover().state();
            if (state != HandoverState.ACTIVE && state != HandoverState.COMPLETED) {
                continue;
            }
            String worker = c.handover().incomingWorkerId();
            String team = roster.teamOf(worker).orElse(c.teamCode());
            changed += jdbc.update("UPDATE " + MergedModelSchema.LIVE + ".lead_worker SET worker_id = ?, team_code = ?,"
                            + " basis = 'HANDOVER', row_hash = ? WHERE person_id = ? AND wave_code = ? AND worker_id <> ?",
                    worker, team, RowHash.of(c.personId(), worker, team, "HANDOVER"), c.personId(), wave, worker);
        }
        return changed;
    }

    private StoredCase decide(Viewer viewer, String caseId, String action, UnaryOperator<HandoverCase> step) {
        StoredCase stored = reachable(viewer, caseId, action);
        if (!viewer.isClinicalLead()) {
            throw denied(viewer, stored, action, "only a clinical lead may " + action + " a handover");
        }
        return transition(stored, step);
    }

    /** Applies one library transition to a stored case and stores the new state and trail with audit entries. */
    private StoredCase transition(StoredCase stored, UnaryOperator<HandoverCase> step) {
        HandoverCase handover = HandoverWorkflow.restore(stored.handover().client(),
                teams.clinicalLeadOf(stored.teamCode()).orElse(stored.handover().approverLeadId()),
                stored.handover().plan(), stored.handover().auditTrail());
        int before = handover.auditTrail().size();
        try {
            handover = step.apply(handover);
        } catch (TransitionRefusedException refused) {
            throw new HandoverRefused("case " + stored.caseId() + ": " + refused.getMessage());
        }
        HandoverCase changed = handover;
        List<AuditEvent> events = changed.auditTrail().subList(before, changed.auditTrail().size());
        transactions.executeWithoutResult(status -> {
            if (!store.update(stored.caseId(), stored.version(), changed, clock.instant())) {
                throw new HandoverRefused("case " + stored.caseId() + " was changed by someone else meanwhile;"
                        + " reload it and decide again");
            }
            recordTransitions(stored.caseId(), stored.wave(), stored.teamCode(), stored.runId(), before + 1, events);
        });
        return store.find(stored.caseId()).orElseThrow();
    }

    private void recordTransitions(String caseId, String wave, String team, long runId, int firstSeq,
                                   List<AuditEvent> events) {
        List<Long> ids = new ArrayList<>();
        for (AuditEvent e : events) {
            AuditEntry entry = audit.append(new AuditTrail.Record(e.actorId(), e.actorRole().name(),
                    "HANDOVER_" + e.to().name(), "HANDOVER", caseId, runId, e.reason().isEmpty() ? null : e.reason(),
                    "wave " + wave + ", team " + team + ", person " + e.personId() + ": "
                            + (e.from() == null ? "" : e.from() + " -> ") + e.to() + ", incoming "
                            + e.incomingWorkerId() + (e.detail().isEmpty() ? "" : "; " + e.detail())));
            ids.add(entry.eventId());
        }
        store.appendTransitions(caseId, firstSeq, events, ids);
    }

    // ---- reach --------------------------------------------------------------------------------------------------

    private StoredCase reachable(Viewer viewer, String caseId, String action) {
        StoredCase stored = store.find(caseId).orElseThrow(() -> unknown(caseId));
        if (!viewer.reaches(stored.teamCode())) {
            throw denied(viewer, stored, action, "case of team " + stored.teamCode() + " is outside the user's teams "
                    + viewer.teams());
        }
        return stored;
    }

    private HandoverAccessDenied denied(Viewer viewer, StoredCase stored, String action, String why) {
        String roles = String.join(",", new java.util.TreeSet<>(viewer.roles()));
        audit.append(new AuditTrail.Record(viewer.userId(), roles.length() > 40 ? roles.substring(0, 40) : roles,
                "HANDOVER_ACCESS_DENIED", "HANDOVER", stored.caseId(), stored.runId(), why, "attempted: " + action));
        return new HandoverAccessDenied("not allowed to " + action + " handover case " + stored.caseId());
    }

    private static HandoverRefused unknown(String caseId) {
        return new HandoverRefused("no handover case " + caseId);
    }

    private static Actor lead(Viewer viewer) {
        return Actor.lead(viewer.userId());
    }

    // ---- loads --------------------------------------------------------------------------------------------------

    /**
     * Each worker's load as things stand for a wave: the load outside handovers at the wave's latest run (live
     * clients of other waves, this wave's continuing clients) plus the wave's current, not rejected cases.
     */
    private record LoadBook(Map<String, Integer> points, Map<String, Integer> newHandovers) {
        int pointsOf(String worker) {
            return points.getOrDefault(worker, 0);
        }

        int newHandoversOf(String worker) {
            return newHandovers.getOrDefault(worker, 0);
        }
    }

    private LoadBook loadBook(StoredCase excluding) {
        Map<String, Integer> points = new HashMap<>(store.latestRun(excluding.wave()).map(store::outsidePoints)
                .orElse(Map.of()));
        Map<String, Integer> fresh = new HashMap<>();
        for (HandoverStore.Assignment a : store.assignments(excluding.wave())) {
            if (a.caseId().equals(excluding.caseId())) {
                continue;
            }
            points.merge(a.workerId(), a.weightPoints(), Integer::sum);
            if (a.newHandover()) {
                fresh.merge(a.workerId(), 1, Integer::sum);
            }
        }
        return new LoadBook(points, fresh);
    }

    private static String breakdown(List<ScoreImpact> impacts) {
        return impacts.stream().map(i -> i.constraint() + " " + i.hard() + "hard/" + i.medium() + "medium/"
                + i.soft() + "soft").collect(Collectors.joining("; "));
    }

    private static String newCaseId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "H" + HexFormat.of().formatHex(bytes);
    }
}
