package org.carebridge.wave;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebridge.audit.AuditTrail;
import org.carebridge.batch.JobOutcome;
import org.carebridge.batch.JobRunner;
import org.carebridge.cli.Console;
import org.carebridge.cli.UserFacingException;
import org.carebridge.database.RunIds;
import org.carebridge.load.LoadContext;
import org.carebridge.load.LoadContextFactory;
import org.carebridge.load.WaveLoadJobConfiguration;
import org.carebridge.merged.MergedModelSchema;
import org.carebridge.merged.MergedTable;
import org.carebridge.merged.ModelChecksum;
import org.carebridge.quality.Mappings;
import org.carebridge.reconcile.WaveReconciler;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.WavesProperties.Wave;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans, rehearses, cuts over and rolls back waves. Each rehearsal or run goes: stage (when sources are given) →
 * identity → plan → analyse the cohort → gates → load (rehearsal schema, or live if no gate blocks) → record.
 * One wave operation at a time, across processes ({@link RunLock}).
 */
@Service
public class WaveService {

    private static final String LOCK = "waves";

    private final WavesProperties waves;
    private final WaveLifecycle lifecycle;
    private final RunLock lock;
    private final StagingService staging;
    private final ObjectProvider<PersonResolution> resolution;
    private final CohortPlanner planner;
    private final Mappings mappings;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final LoadContextFactory contexts;
    private final CutoverGates gates;
    private final MergedModelSchema schemas;
    private final JobRunner jobs;
    private final Job loadWaveJob;
    private final RunIds runIds;
    private final ModelChecksum checksums;
    private final AuditTrail audit;
    private final Console console;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final WaveReconciler reconciler;
    private final ObjectProvider<LiveLoadListener> liveLoadListeners;
    private final LoadResumption resumption;

    public WaveService(WavesProperties waves, WaveLifecycle lifecycle, RunLock lock, StagingService staging,
                       ObjectProvider<PersonResolution> resolution, CohortPlanner planner, Mappings mappings, JdbcTemplate jdbc,
                       NamedParameterJdbcTemplate named, LoadContextFactory contexts, CutoverGates gates,
                       MergedModelSchema schemas, JobRunner jobs, Job loadWaveJob, RunIds runIds,
                       ModelChecksum checksums, AuditTrail audit, Console console, Clock clock,
                       TransactionTemplate transactions, WaveReconciler reconciler,
                       ObjectProvider<LiveLoadListener> liveLoadListeners,
                       LoadResumption resumption) {
        this.reconciler = reconciler;
        this.waves = waves;
        this.lifecycle = lifecycle;
        this.lock = lock;
        this.staging = staging;
        this.resolution = resolution;
        this.planner = planner;
        this.mappings = mappings;
        this.jdbc = jdbc;
        this.named = named;
        this.contexts = contexts;
        this.gates = gates;
        this.schemas = schemas;
        this.jobs = jobs;
        this.loadWaveJob = loadWaveJob;
        this.runIds = runIds;
        this.checksums = checksums;
        this.audit = audit;
        this.console = console;
        this.clock = clock;
        this.transactions = transactions;
        this.liveLoadListeners = liveLoadListeners;
        this.resumption = resumption;
    }

    // ---- plan -------------------------------------------------------------------------------------------------

    public PlanReport plan() {
        staging.buildIndexesLeftDropped();
        PersonResolution resolver = resolution.getIfAvailable();
        if (resolver != null) {
            resolver.resolveStaged();
        }
        return planner.report();
    }

    // ---- rehearse, run ------------------------------------------------------------------------------------------

    /** Runs the whole pipeline into the disposable rehearsal schema; gates are reported, not enforced. */
    public WaveRun rehearse(String code, StagingRequest sources, String actor) {
        Wave wave = wave(code);
        try (AutoCloseable held = lock.acquire(LOCK, "rehearsal of " + wave.code())) {
            WaveState state = lifecycle.state(wave.code());
            if (!state.canBecome(WaveState.REHEARSED)) {
                throw new UserFacingException("wave " + wave.code() + " is " + state + " and cannot be rehearsed");
            }
            Prepared prepared = prepare(wave, "REHEARSAL", sources, actor);
            prepared.phases().next("rebuilding the rehearsal schema from the live model");
            schemas.recreateRehearsalFromLive();
            WaveRun run = reconcile(load(wave, prepared, MergedModelSchema.REHEARSAL), prepared, actor);
            lifecycle.transition(wave.code(), WaveState.REHEARSED, actor, run.runId(), "rehearsal run " + run.runId());
            return run;
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("rehearsal of " + code + " failed: " + e.getMessage(), e);
        }
    }

    /** Cuts the wave over into the live model, or refuses naming every blocker. */
    public WaveRun run(String code, StagingRequest sources, String actor) {
        Wave wave = wave(code);
        try (AutoCloseable held = lock.acquire(LOCK, "run of " + wave.code())) {
            WaveState state = lifecycle.state(wave.code());
            if (state != WaveState.APPROVED_FOR_CUTOVER && state != WaveState.LOADED && state != WaveState.RECONCILED) {
                throw new UserFacingException("wave " + wave.code() + " is " + state
                        + "; it must be rehearsed and approved for cutover first (wave rehearse, wave approve)");
            }
            Prepared prepared = prepare(wave, "LIVE", sources, actor);
            List<Blocker> active = prepared.blockers().stream().filter(b -> !b.overridden()).toList();
            if (!active.isEmpty()) {
                finishRun(prepared.runId(), "REFUSED", prepared, Map.of(), null);
                return new WaveRun(prepared.runId(), wave.code(), "LIVE", MergedModelSchema.LIVE,
                        prepared.analysis().persons(), prepared.analysis().openClients(), Map.of(), prepared.blockers(),
                        null, Duration.between(prepared.started(), Instant.now(clock)), true, null);
            }
            schemas.ensure(MergedModelSchema.LIVE);
            WaveRun run = load(wave, prepared, MergedModelSchema.LIVE);
            recordMembers(run.runId());
            long loadedRun = run.runId();
            liveLoadListeners.orderedStream().forEach(listener -> listener.liveLoaded(wave.code(), loadedRun));
            if (state != WaveState.LOADED) {
                lifecycle.transition(wave.code(), WaveState.LOADED, actor, run.runId(), "live run " + run.runId());
            }
            run = reconcile(run, prepared, actor);
            if (run.reconciliation().passed()) {
                lifecycle.transition(wave.code(), WaveState.RECONCILED, actor, run.runId(), "report "
                        + run.reconciliation().reportSha256() + " passed every check");
            }
            return run;
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("run of " + code + " failed: " + e.getMessage(), e);
        }
    }

    private record Prepared(long runId, Instant started, CohortAnalysis.Result analysis,
                            List<Blocker> blockers, LoadContext context, Phases phases) {
    }

    private Prepared prepare(Wave wave, String mode, StagingRequest sources, String actor) {
        Instant started = Instant.now(clock);
        Phases phases = new Phases(console);
        if (sources != null) {
            phases.next("staging the sources");
            var report = staging.stage(sources);
            if (report.outcome().connectionLost()) {
                throw new UserFacingException("staging stopped: " + report.outcome().reason()
                        + "; run the same command again once the database is back: staging resumes where it stopped");
            }
            if (!report.balanced()) {
                throw new UserFacingException("staging did not balance: " + report.outcome().reason());
            }
        } else {
            staging.buildIndexesLeftDropped();
        }
        PersonResolution resolver = resolution.getIfAvailable();
        if (resolver != null) {
            phases.next("resolving identities");
            resolver.resolveStaged();
        }
        phases.next("planning the cohort of " + wave.code());
        long runId = runIds.next();
        jdbc.update("INSERT INTO wave_run (run_id, wave_code, mode, target_schema, staging_run_id, mapping_version,"
                        + " started_at, status, started_by) VALUES (?, ?, ?, ?, (SELECT MAX(run_id) FROM staging_run), ?, ?,"
                        + " 'RUNNING', ?)", runId, wave.code(), mode,
                "LIVE".equals(mode) ? MergedModelSchema.LIVE : MergedModelSchema.REHEARSAL, mappings.load().version(),
                Timestamp.valueOf(LocalDateTime.now(clock)), actor);
        planner.writeCohort(runId, wave);
        LoadContext context = contexts.create(wave.code(), wave.cutover());
        phases.next("analysing the cohort (open clients, lead workers, handovers)");
        CohortAnalysis.Result analysis = new CohortAnalysis(named).analyse(runId, context, waves.longStandingThreshold());
        List<Blocker> blockers = gates.evaluate(wave, runId, analysis);
        phases.done();
        return new Prepared(runId, started, analysis, blockers, context, phases);
    }

    private WaveRun load(Wave wave, Prepared prepared, String schema) {
        prepared.phases().next("loading " + prepared.analysis().persons() + " people into schema " + schema);
        String inputs = resumption.inputs(prepared.runId(), wave.code(), schema, wave.cutover());
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(WaveLoadJobConfiguration.WAVE, wave.code())
                .addLong(WaveLoadJobConfiguration.RUN_ID, prepared.runId())
                .addString(WaveLoadJobConfiguration.SCHEMA, schema)
                .addString(WaveLoadJobConfiguration.CUTOVER, wave.cutover().toString());
        if (!inputs.isEmpty()) {
            parameters.addString(LoadResumption.INPUTS, inputs, false);
        }
        JobExecution execution;
        try {
            execution = jobs.run(loadWaveJob, parameters.toJobParameters(), resumption.sameWork(inputs));
        } catch (RuntimeException refused) {
            // Refused before it started (no broker, another load running): the run must not stay RUNNING.
            finishRun(prepared.runId(), "FAILED", prepared, Map.of(), null);
            throw refused;
        }
        Long loadedAs = execution.getJobParameters().getLong(WaveLoadJobConfiguration.RUN_ID);
        if (loadedAs != null && loadedAs != prepared.runId()) {
            console.progress("  resumed the interrupted load of run " + loadedAs + ": only its unfinished partitions ran");
        }
        JobOutcome outcome = JobOutcome.of(execution);
        if (!outcome.succeeded()) {
            finishRun(prepared.runId(), "FAILED", prepared, Map.of(), null);
            throw new UserFacingException("loading " + wave.code() + " into " + schema + " failed: " + outcome.reason()
                    + "; run the same command again to resume (loads are idempotent)");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MergedTable table : MergedTable.values()) {
            if (table.waveOwned()) {
                counts.put(table.tableName(), jdbc.queryForObject("SELECT COUNT(*) FROM " + schema + "."
                        + table.tableName() + " WHERE wave_code = ?", Long.class, wave.code()));
            }
        }
        String checksum = checksums.of(schema, wave.code()).get("*");
        prepared.phases().done();
        finishRun(prepared.runId(), "COMPLETED", prepared, counts, checksum);
        return new WaveRun(prepared.runId(), wave.code(), schema.equals(MergedModelSchema.LIVE) ? "LIVE" : "REHEARSAL",
                schema, prepared.analysis().persons(), prepared.analysis().openClients(), counts, prepared.blockers(),
                checksum, Duration.between(prepared.started(), Instant.now(clock)), false, null);
    }

    private WaveRun reconcile(WaveRun run, Prepared prepared, String actor) {
        prepared.phases().next("reconciling against the source");
        Set<String> longStanding = new HashSet<>(prepared.analysis().longStandingMentalHealth());
        WaveRun reconciled = run.withReconciliation(reconciler.reconcile(run.wave(), run.runId(), run.schema(), actor,
                longStanding));
        prepared.phases().done();
        return reconciled;
    }

    /**
     * Re-runs the reconciliation of a wave's latest run against the model as it stands now: the live model once
     * the wave has cut over, otherwise its rehearsal (if the rehearsal schema still holds it).
     */
    public WaveReconciler.Result reconcile(String code, String actor) {
        Wave wave = wave(code);
        WaveState state = lifecycle.state(wave.code());
        String mode = state.live() ? "LIVE" : "REHEARSAL";
        List<Long> runs = jdbc.queryForList("SELECT run_id FROM wave_run WHERE wave_code = ? AND mode = ? AND status ="
                + " 'COMPLETED' ORDER BY run_id DESC", Long.class, wave.code(), mode);
        if (runs.isEmpty()) {
            throw new UserFacingException("wave " + wave.code() + " has no completed " + mode.toLowerCase() + " run to reconcile");
        }
        long runId = runs.get(0);
        if (!state.live()) {
            Long latestRehearsal = jdbc.queryForObject("SELECT MAX(run_id) FROM wave_run WHERE mode = 'REHEARSAL' AND"
                    + " status = 'COMPLETED'", Long.class);
            if (latestRehearsal == null || latestRehearsal != runId) {
                throw new UserFacingException("the rehearsal schema now holds another rehearsal; rehearse " + wave.code()
                        + " again to reconcile it");
            }
        }
        LoadContext context = contexts.create(wave.code(), wave.cutover());
        Set<String> longStanding = new HashSet<>(new CohortAnalysis(named).analyse(runId, context,
                waves.longStandingThreshold()).longStandingMentalHealth());
        WaveReconciler.Result result = reconciler.reconcile(wave.code(), runId, state.live() ? MergedModelSchema.LIVE
                : MergedModelSchema.REHEARSAL, actor, longStanding);
        if (result.passed() && (state == WaveState.LOADED)) {
            lifecycle.transition(wave.code(), WaveState.RECONCILED, actor, runId, "report " + result.reportSha256()
                    + " passed every check");
        }
        return result;
    }

    private void finishRun(long runId, String status, Prepared prepared, Map<String, Long> counts, String checksum) {
        long loaded = counts.entrySet().stream().filter(e -> !e.getKey().equals("load_exclusion"))
                .mapToLong(Map.Entry::getValue).sum();
        String blockers = prepared.blockers().stream()
                .map(b -> b.gate() + "=" + b.count() + (b.overridden() ? "(overridden)" : ""))
                .collect(Collectors.joining(";"));
        jdbc.update("UPDATE wave_run SET finished_at = ?, status = ?, persons = ?, rows_loaded = ?, rows_excluded = ?,"
                        + " model_checksum = ?, blockers = ? WHERE run_id = ?", Timestamp.valueOf(LocalDateTime.now(clock)),
                status, prepared.analysis().persons(), loaded, counts.getOrDefault("load_exclusion", 0L), checksum,
                blockers.length() > 4000 ? blockers.substring(0, 4000) : blockers, runId);
    }

    /** The run's cohort become the wave's members, but for people already members (of this wave: a re-run). */
    private void recordMembers(long runId) {
        jdbc.update("INSERT INTO wave_member (person_id, wave_code, run_id, late_joiner) SELECT DISTINCT r.person_id,"
                + " r.wave_code, r.run_id, r.late_joiner FROM wave_record r WHERE r.run_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM wave_member m WHERE m.person_id = r.person_id)", runId);
    }

    // ---- approve, override, rollback ----------------------------------------------------------------------------

    public void approve(String code, String actor, String reason) {
        Wave wave = wave(code);
        lifecycle.transition(wave.code(), WaveState.APPROVED_FOR_CUTOVER, actor, null, reason);
    }

    /** Records a decision to let a wave cut over despite a gate: only with a reason, always audited. */
    public void override(String code, Gate gate, String actor, String reason) {
        Wave wave = wave(code);
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("a gate override needs a reason");
        }
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM gate_override WHERE wave_code = ? AND gate = ?", wave.code(), gate.name());
            jdbc.update("INSERT INTO gate_override (wave_code, gate, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)",
                    wave.code(), gate.name(), reason, actor, Timestamp.valueOf(LocalDateTime.now(clock)));
            audit.append(new AuditTrail.Record(actor, null, "GATE_OVERRIDDEN", "WAVE", wave.code(), null, reason,
                    gate.name()));
        });
    }

    /** What a rollback removed, per merged table. */
    public record Rollback(String wave, Map<String, Integer> rowsRemoved, int members) {
    }

    /** Removes exactly the rows this wave owns from the live model, and its members; other waves stay untouched. */
    public Rollback rollback(String code, String actor, String reason) {
        Wave wave = wave(code);
        try (AutoCloseable held = lock.acquire(LOCK, "rollback of " + wave.code())) {
            WaveState state = lifecycle.state(wave.code());
            if (!state.canBecome(WaveState.ROLLED_BACK)) {
                throw new UserFacingException("wave " + wave.code() + " is " + state + " and cannot be rolled back");
            }
            schemas.ensure(MergedModelSchema.LIVE);
            List<String> dependents = dependentWaves(wave.code());
            if (!dependents.isEmpty()) {
                throw new UserFacingException("wave " + wave.code() + " cannot be rolled back while "
                        + String.join(", ", dependents) + " holds rows about its people; roll those back first");
            }
            Map<String, Integer> removed = new LinkedHashMap<>();
            int[] members = {0};
            transactions.executeWithoutResult(status -> {
                for (MergedTable table : MergedTable.waveOwnedForDeletion()) {
                    removed.put(table.tableName(), jdbc.update("DELETE FROM " + MergedModelSchema.LIVE + "."
                            + table.tableName() + " WHERE wave_code = ?", wave.code()));
                }
                members[0] = jdbc.update("DELETE FROM wave_member WHERE wave_code = ?", wave.code());
                lifecycle.transition(wave.code(), WaveState.ROLLED_BACK, actor, null, reason);
            });
            return new Rollback(wave.code(), removed, members[0]);
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("rollback of " + code + " failed: " + e.getMessage(), e);
        }
    }

    private List<String> dependentWaves(String wave) {
        Set<String> dependents = new HashSet<>();
        for (MergedTable table : MergedTable.values()) {
            if (table.waveOwned() && table.columnNames().contains("person_id")) {
                dependents.addAll(jdbc.queryForList("SELECT DISTINCT t.wave_code FROM " + MergedModelSchema.LIVE + "."
                        + table.tableName() + " t JOIN wave_member m ON m.person_id = t.person_id"
                        + " WHERE m.wave_code = ? AND t.wave_code <> ?", String.class, wave, wave));
            }
        }
        return dependents.stream().sorted().toList();
    }

    // ---- status, blockers ---------------------------------------------------------------------------------------

    /** One wave as `wave status` shows it. */
    public record Status(Wave wave, WaveState state, Map<String, Object> lastRun, long members) {
    }

    public List<Status> status() {
        List<Status> statuses = new ArrayList<>();
        for (Wave wave : waves.plan()) {
            List<Map<String, Object>> runs = jdbc.queryForList("SELECT run_id, mode, status, persons, rows_loaded,"
                    + " rows_excluded, blockers, finished_at FROM wave_run WHERE wave_code = ? ORDER BY run_id DESC"
                    + " FETCH FIRST 1 ROWS ONLY", wave.code());
            Long members = jdbc.queryForObject("SELECT COUNT(*) FROM wave_member WHERE wave_code = ?", Long.class,
                    wave.code());
            statuses.add(new Status(wave, lifecycle.state(wave.code()), runs.isEmpty() ? Map.of() : runs.get(0),
                    members == null ? 0 : members));
        }
        return statuses;
    }

    /** The gates for a wave as things stand now (staging, identity and decisions as they are). */
    public List<Blocker> blockers(String code) {
        Wave wave = wave(code);
        long runId = runIds.next();
        planner.writeCohort(runId, wave);
        try {
            LoadContext context = contexts.create(wave.code(), wave.cutover());
            return gates.evaluate(wave, runId, new CohortAnalysis(named).analyse(runId, context,
                    waves.longStandingThreshold()));
        } finally {
            jdbc.update("DELETE FROM wave_record WHERE run_id = ?", runId);
        }
    }

    /** Work on a wave's cohort as planned now, without loading anything. */
    @FunctionalInterface
    public interface CohortWork<T> {
        /**
         * @param runId   the cohort's legacy records are in {@code wave_record} under this (scratch) run id
         * @param context the load context a run of the wave would use
         */
        T apply(Wave wave, long runId, LoadContext context);
    }

    /**
     * Lists the wave's cohort as planned now in {@code wave_record} under a fresh run id, runs {@code work} on it,
     * and removes the listing again (as {@link #blockers} does). Used to propose the wave's handovers.
     */
    public <T> T onCohort(String code, CohortWork<T> work) {
        Wave wave = wave(code);
        long runId = runIds.next();
        planner.writeCohort(runId, wave);
        try {
            return work.apply(wave, runId, contexts.create(wave.code(), wave.cutover()));
        } finally {
            jdbc.update("DELETE FROM wave_record WHERE run_id = ?", runId);
        }
    }

    private Wave wave(String code) {
        return waves.wave(code).orElseThrow(() -> new UserFacingException("no wave " + code + " in config/waves.yml"
                + " (waves: " + waves.plan().stream().map(Wave::code).collect(Collectors.joining(", ")) + ")"));
    }
}
