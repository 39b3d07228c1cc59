package org.carebridge.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.carebridge.bench.BenchStage;
import org.carebridge.bench.BenchTable;
import org.carebridge.bench.CopyFloor;
import org.carebridge.bench.HeapPeak;
import org.carebridge.bench.StageClock;
import org.carebridge.database.DatabaseProduct;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.legacy.SourceTable;
import org.carebridge.linking.IdentityService;
import org.carebridge.load.LoadProperties;
import org.carebridge.reconcile.SignOffService;
import org.carebridge.remote.Broker;
import org.carebridge.remote.LocalWorkers;
import org.carebridge.remote.RemoteProperties;
import org.carebridge.staging.LedgerLine;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.Blocker;
import org.carebridge.wave.Gate;
import org.carebridge.wave.WaveLifecycle;
import org.carebridge.wave.WaveRun;
import org.carebridge.wave.WaveService;
import org.carebridge.wave.WaveState;
import org.carebridge.wave.WavesProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline benchmark on PostgreSQL: generate (or reuse) a dataset, load its files with plain COPY (the floor),
 * stage, resolve identities, then per wave rehearse, propose and approve handovers, cut over, reconcile and sign off;
 * print each stage's rows, seconds, rows per second and peak heap, and the pipeline's ratio to the floor.
 * <p>
 * Gates that would stop a real cutover (uncovered codes from the generator's deliberate junk, unpaired clients,
 * an unsigned previous wave) are overridden with an audited BENCHMARK reason so every wave's load is measured:
 * hence synthetic data and a scratch database only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark on PostgreSQL: generates (or reuses) N clients, loads the files with plain COPY (the",
                "floor), stages them, then rehearses, runs and reconciles every wave, and prints per stage rows,",
                "seconds, rows/s and peak heap, and the pipeline's ratio to the COPY floor (table and CSV).",
                "Cuts every wave over: use a scratch database, e.g.",
                "  CAREBRIDGE_DB_URL=jdbc:postgresql://127.0.0.1:5432/carebridge_bench \\",
                "  ./carebridge --spring.profiles.active=postgres bench --clients 100000",
                "With --workers K the partitions of staging, of identity resolution's pair comparisons, of the wave",
                "loads and of reconciliation's source pass run in K worker processes started on this machine, over",
                "RabbitMQ (carebridge.remote.broker.*)."})
class BenchCommand implements Callable<Integer> {

    static final double TARGET_RATIO = 4.0;
    private static final String ACTOR = "benchmark";

    private final ApplicationContextHolder context;

    @Option(names = "--clients", defaultValue = "100000", paramLabel = "N", description = "people generated (default ${DEFAULT-VALUE})")
    long people;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "dataset folder (default data/bench-N)")
    Path data;

    @Option(names = "--csv", paramLabel = "FILE", description = "where the CSV goes (default data/bench-N.csv)")
    Path csv;

    @Option(names = "--workers", defaultValue = "0", paramLabel = "K",
            description = {"K > 0: start K worker processes on this machine and run staging, identity resolution's",
                    "pair comparisons, the wave loads and reconciliation's source pass with remote partitioning",
                    "over RabbitMQ (carebridge.remote.*; logs data/bench-N-worker-I.log);",
                    "0 (default): every partition in this process"})
    int workers;

    @Option(names = "--cutover-only",
            description = {"measure only what a cutover weekend runs (stage, identity, each wave's rehearsal and run):",
                    "no handover proposals (that gate is overridden, audited, as a BENCHMARK) and no second",
                    "reconciliation; for sizes where the solver and approvals would take hours (1,000,000 clients)"})
    boolean cutoverOnly;

    BenchCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (workers < 0) {
            throw new UserFacingException("--workers must be 0 or more");
        }
        if (workers > 0) {
            // Read when the context starts, just below: staging and the wave loads send their partitions out.
            System.setProperty("carebridge.remote.enabled", "true");
        }
        Console console = context.bean(Console.class);
        requirePostgres();
        requireNoLiveWave();
        if (workers == 0) {
            return measure(console);
        }
        Broker broker = context.bean(Broker.class);
        broker.requireReachable(Broker.FOR_A_MANAGER);
        console.progress("Starting " + workers + " worker process(es) …");
        try (LocalWorkers local = LocalWorkers.start(workers, context.propertyArgs(),
                Path.of("data", "bench-" + people + "-worker"))) {
            local.awaitConsuming(broker, context.bean(RemoteProperties.class).workerConcurrency(), Duration.ofMinutes(3));
            return measure(console);
        }
    }

    private int measure(Console console) {
        Path dataset = data != null ? data : Path.of("data", "bench-" + people);
        Path csvFile = csv != null ? csv : Path.of("data", "bench-" + people + (workers > 0 ? "-workers-" + workers : "")
                + ".csv");
        StageClock clock = new StageClock();
        console.result(String.format(Locale.ROOT, "Benchmark: %,d clients, seed %d, heap limit %,d MiB, %d cores",
                people, seed, HeapPeak.maxBytes() / (1024 * 1024), Runtime.getRuntime().availableProcessors()));
        console.result(workers == 0
                ? String.format(Locale.ROOT, "Partitions run in this process (wave load: %d ranges side by side)",
                        context.bean(LoadProperties.class).partitions())
                : String.format(Locale.ROOT, "Remote partitioning over RabbitMQ: %d worker process(es) on this machine,"
                        + " %d partition(s) per queue each; wave load: %d ranges", workers,
                        context.bean(RemoteProperties.class).workerConcurrency(),
                        context.bean(LoadProperties.class).partitions()));

        GeneratorSettings settings = GeneratorSettings.builder().people(people).seed(seed).build();
        SourceGenerator generator = new SourceGenerator(settings);
        if (generator.canReuse(dataset)) {
            console.result("Reusing the dataset in " + dataset);
        } else {
            console.progress("Generating into " + dataset + " …");
            clock.time("generate sources", () -> generator.generate(dataset), s -> s.totalRows());
        }
        console.progress("COPY floor: loading the same files with plain COPY …");
        clock.time("COPY floor (plain COPY of the same files)",
                () -> new CopyFloor(context.bean(DataSource.class)).load(dataset), rows -> rows);

        console.progress("Staging …");
        StagingService.StagingReport staged = clock.time("stage (parse, check, map, ledger)",
                () -> context.bean(StagingService.class).stage(new StagingRequest(dataset.resolve("council"), false,
                        dataset.resolve("oxleas"), dataset.resolve("workforce.csv"), settings.asOf())),
                report -> report.ledger().stream().mapToLong(LedgerLine::read).sum());
        if (!staged.outcome().succeeded()) {
            throw new UserFacingException(staged.outcome().reason());
        }
        long personRecords = staged.ledger().stream().filter(l -> l.table() == SourceTable.COUNCIL_CLIENTS
                || l.table() == SourceTable.OXLEAS_PATIENTS).mapToLong(LedgerLine::staged).sum();
        console.progress("Resolving identities …");
        clock.time("identity resolution", () -> context.bean(IdentityService.class).resolveStaged(), r -> personRecords);

        WaveService waves = context.bean(WaveService.class);
        for (WavesProperties.Wave wave : context.bean(WavesProperties.class).plan()) {
            measureWave(console, clock, waves, wave.code());
        }
        List<BenchStage> stages = clock.stages();
        console.result("");
        BenchTable.lines(stages).forEach(console::result);
        printRatio(console, stages);
        BenchTable.writeCsv(stages, csvFile);
        console.result("CSV: " + csvFile);
        return CarebridgeLauncher.OK;
    }

    private void measureWave(Console console, StageClock clock, WaveService waves, String wave) {
        console.progress(wave + ": rehearsing …");
        waves.override(wave, Gate.UNMAPPED_CODES, ACTOR, "BENCHMARK on synthetic data: the uncovered codes are the"
                + " generator's deliberate junk");
        WaveRun rehearsal = clock.time(wave + " rehearse", () -> waves.rehearse(wave, null, ACTOR), WaveRun::rowsLoaded);
        List<Blocker> remaining = rehearsal.activeBlockers();
        if (!cutoverOnly && remaining.stream().anyMatch(b -> b.gate() == Gate.HANDOVER_NOT_APPROVED)) {
            remaining = clock.time(wave + " handovers (propose, approve, gates)", () -> {
                int approved = DemoHandovers.proposeAndApprove(context, console, wave, "BENCHMARK");
                return new HandoverStep(approved, waves.blockers(wave).stream().filter(b -> !b.overridden()).toList());
            }, HandoverStep::approved).remaining();
        }
        for (Blocker blocker : remaining) {
            console.result(String.format(Locale.ROOT, "   %s: overriding %s (%,d) for the benchmark (audited)", wave,
                    blocker.gate(), blocker.count()));
            waves.override(wave, blocker.gate(), ACTOR, "BENCHMARK on synthetic data: measured, not a cutover");
        }
        waves.approve(wave, ACTOR, "BENCHMARK on synthetic data");
        WaveRun run = clock.time(wave + " run (cut over, reconcile)", () -> waves.run(wave, null, ACTOR),
                WaveRun::rowsLoaded);
        if (run.refused()) {
            throw new UserFacingException(wave + " was refused after its gates were overridden: " + run.activeBlockers());
        }
        long rows = run.rowsLoaded();
        if (!cutoverOnly) {
            clock.time(wave + " reconcile (again, on its own)", () -> waves.reconcile(wave, ACTOR), r -> rows);
        }
        if (context.bean(WaveLifecycle.class).state(wave) == WaveState.RECONCILED) {
            for (String role : List.of("PROGRAMME_BOARD", "CALDICOTT_GUARDIAN", "FINANCE")) {
                context.bean(SignOffService.class).signOff(wave, ACTOR + "." + role.toLowerCase(Locale.ROOT), role, null);
            }
        }
        console.result(String.format(Locale.ROOT, "%s: %,d people, %,d rows live, reconciliation %s", wave,
                run.persons(), rows, run.reconciliation().passed() ? "PASS" : "FAIL (overridden gates)"));
    }

    /** Rows of the handover stage are the proposals approved; the gates still closed after them are overridden. */
    private record HandoverStep(int approved, List<Blocker> remaining) {
    }

    /**
     * The pipeline a cutover weekend needs (stage, resolve, and each wave's cut over with its reconciliation) against
     * the floor. Handover proposals and approvals are shown apart: they happen in the weeks before cutover (the
     * handover window opens {@code carebridge.handovers.lead-days} ahead), and the pairing solver's time is a
     * configured time box, not a function of rows. Rehearsals and second reconciliations are shown apart too.
     */
    private static void printRatio(Console console, List<BenchStage> stages) {
        double floor = seconds(stages, s -> s.startsWith("COPY floor"));
        double cutover = seconds(stages, s -> s.startsWith("stage") || s.startsWith("identity") || s.contains(" run ("));
        double handovers = seconds(stages, s -> s.contains(" handovers ("));
        double everything = seconds(stages, s -> !s.startsWith("COPY floor") && !s.startsWith("generate"));
        console.result("");
        console.result(String.format(Locale.ROOT, "COPY floor                                     %9.1f s", floor));
        console.result(String.format(Locale.ROOT, "cutover pipeline (stage, identity, wave runs)  %9.1f s  = %.1f× the floor"
                + " (target ≤ %.0f×: %s)", cutover, cutover / floor, TARGET_RATIO, cutover / floor <= TARGET_RATIO
                ? "met" : "NOT met"));
        console.result(String.format(Locale.ROOT, "handover proposals and approvals (before it)   %9.1f s", handovers));
        console.result(String.format(Locale.ROOT, "everything (with rehearsals and handovers)     %9.1f s  = %.1f× the floor",
                everything, everything / floor));
    }

    private static double seconds(List<BenchStage> stages, java.util.function.Predicate<String> which) {
        return stages.stream().filter(s -> which.test(s.stage())).mapToDouble(BenchStage::seconds).sum();
    }

    private void requirePostgres() {
        if (!DatabaseProduct.of(context.bean(DataSource.class)).isPostgres()) {
            throw new UserFacingException("bench measures PostgreSQL: add --spring.profiles.active=postgres and point"
                    + " CAREBRIDGE_DB_URL at a scratch database");
        }
    }

    private void requireNoLiveWave() {
        Map<String, WaveState> states = context.bean(WaveLifecycle.class).states();
        states.forEach((wave, state) -> {
            if (state.live()) {
                throw new UserFacingException("wave " + wave + " is already " + state + " in this database; bench cuts"
                        + " every wave over, so point CAREBRIDGE_DB_URL at a new scratch database");
            }
        });
    }
}
