package org.carebridge.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.quality.MappingCoverage;
import org.carebridge.quality.Mappings;
import org.carebridge.reconcile.SignOffService;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.staging.StagingService.StagingReport;
import org.carebridge.wave.Blocker;
import org.carebridge.wave.Gate;
import org.carebridge.wave.PlanReport;
import org.carebridge.wave.WaveLifecycle;
import org.carebridge.wave.WaveRun;
import org.carebridge.wave.WaveService;
import org.carebridge.wave.WaveState;
import org.carebridge.wave.WavesProperties;
import org.carebridge.wave.WavesProperties.Wave;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Shows Carebridge end to end on synthetic data: generates a small dataset (if there is none),",
                "stages it, plans the waves, then per wave: rehearses, approves, cuts over, reconciles and signs off.",
                "At the mental-health wave's handover gate it proposes handovers and approves them as demo clinical",
                "leads. Every decision it takes is recorded under a clearly labelled demo name (demo.analyst, demo.board …)."})
class DemoCommand implements Callable<Integer> {

    private final ApplicationContextHolder context;

    @Option(names = "--clients", defaultValue = "2000", paramLabel = "N", description = "people in the demo dataset (default ${DEFAULT-VALUE})")
    long people;

    @Option(names = "--data", defaultValue = "data/demo", paramLabel = "DIR", description = "where the demo dataset lives (default ${DEFAULT-VALUE})")
    Path data;

    DemoCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Console console = context.bean(Console.class);
        GeneratorSettings settings = GeneratorSettings.builder().people(people).build();
        SourceGenerator generator = new SourceGenerator(settings);
        console.result("Carebridge demo — synthetic data only; no real person appears anywhere.");
        if (generator.canReuse(data)) {
            console.result("1. Dataset: reusing " + data + " (" + people + " people, seed " + settings.seed() + ")");
        } else {
            console.result("1. Dataset: generating " + people + " people into " + data + " …");
            var summary = generator.generate(data);
            console.result(String.format("   %,d rows, %,d deliberately defective, in %.1f s", summary.totalRows(),
                    summary.defects(), summary.seconds()));
        }
        console.result("2. Staging the council bundle, the Oxleas bundle (manifest verified) and the workforce plan …");
        StagingReport report = context.bean(StagingService.class).stage(new StagingRequest(data.resolve("council"),
                false, data.resolve("oxleas"), data.resolve("workforce.csv"), settings.asOf()));
        LedgerTable.print(console, report);
        if (!report.outcome().succeeded()) {
            throw new UserFacingException(report.outcome().reason());
        }
        long gaps = context.bean(MappingCoverage.class).measure(context.bean(Mappings.class).load()).stream()
                .mapToLong(t -> t.gaps().size()).sum();
        console.result("");
        console.result("3. Mappings: " + gaps + " staged coded values are not covered (the generator's deliberate junk;"
                + " ./carebridge mappings check lists them).");

        WaveService waves = context.bean(WaveService.class);
        WaveLifecycle lifecycle = context.bean(WaveLifecycle.class);
        PlanReport plan = waves.plan();
        console.result("4. Wave plan (config/waves.yml):");
        plan.cohorts().forEach((wave, size) -> console.result(String.format("     %-12s %,6d people", wave, size)));
        console.result(String.format("     %-12s %,6d people; %d with records matching several waves (first wins)",
                "(no wave)", plan.unassigned().size(), plan.conflicts().values().stream().mapToInt(List::size).sum()));

        List<Wave> order = context.bean(WavesProperties.class).plan();
        int step = 5;
        for (Wave wave : order) {
            WaveState state = lifecycle.state(wave.code());
            if (state == WaveState.SIGNED_OFF) {
                console.result(step++ + ". " + wave.code() + " is already signed off.");
                continue;
            }
            console.result(step++ + ". " + wave.code() + " (" + wave.name() + "), cutover " + wave.cutover() + ":");
            if (!state.live()) {
                waves.override(wave.code(), Gate.UNMAPPED_CODES, "demo.analyst",
                        "DEMO: the uncovered codes are the generator's deliberate junk; rows migrate without the value");
                console.result("   demo.analyst overrides UNMAPPED_CODES (recorded in the audit trail).");
                WaveRun rehearsal = waves.rehearse(wave.code(), null, "demo.operator");
                console.result(String.format("   rehearsed: %,d people, %,d rows into the rehearsal schema; reconciliation %s",
                        rehearsal.persons(), rehearsal.rowsLoaded(), rehearsal.reconciliation().passed() ? "PASS" : "FAIL"));
                waves.approve(wave.code(), "demo.board", "DEMO: rehearsal reviewed");
                WaveRun run = waves.run(wave.code(), null, "demo.operator");
                if (run.refused() && onlyHandoversBlock(run)) {
                    console.result("   the handover gate blocks the cutover: " + count(run, Gate.HANDOVER_NOT_APPROVED)
                            + " long-standing mental-health clients without an approved handover.");
                    DemoHandovers.proposeAndApprove(context, console, wave.code());
                    run = waves.run(wave.code(), null, "demo.operator");
                }
                if (run.refused()) {
                    WaveReport.printBlockers(console, wave.code(), run.blockers(), "block the cutover");
                    nextSteps(console, wave.code(), run.activeBlockers());
                    return CarebridgeLauncher.OK;
                }
                console.result(String.format("   cut over: %,d people (%,d open clients, each with one lead worker),"
                        + " %,d rows live; reconciliation %s", run.persons(), run.openClients(), run.rowsLoaded(),
                        run.reconciliation().passed() ? "PASS" : "FAIL"));
                console.result("   report: " + run.reconciliation().pack().resolve("report.html"));
            }
            if (lifecycle.state(wave.code()) == WaveState.RECONCILED) {
                for (String role : List.of("PROGRAMME_BOARD", "CALDICOTT_GUARDIAN", "FINANCE")) {
                    context.bean(SignOffService.class).signOff(wave.code(), "demo." + role.toLowerCase().replace('_', '-'),
                            role, null);
                }
                console.result("   signed off by demo governance (programme board, Caldicott guardian, finance) on the"
                        + " report's SHA-256: " + lifecycle.state(wave.code()));
            }
        }
        console.result("");
        console.result("Every wave is live. ./carebridge wave status shows them; ./carebridge audit verify checks the"
                + " trail of decisions; ./carebridge serve opens the web console (demo users: README).");
        whereThingsAre(console, report.runId());
        return CarebridgeLauncher.OK;
    }

    private static boolean onlyHandoversBlock(WaveRun run) {
        return run.activeBlockers().stream().allMatch(b -> b.gate() == Gate.HANDOVER_NOT_APPROVED);
    }

    private static long count(WaveRun run, Gate gate) {
        return run.activeBlockers().stream().filter(b -> b.gate() == gate).mapToLong(Blocker::count).sum();
    }

    private void whereThingsAre(Console console, long stagingRun) {
        console.result("");
        console.result("Where things are:");
        console.result("  sources          " + data + "/council, " + data + "/oxleas, " + data + "/workforce.csv");
        console.result("  answer keys      " + data + "/truth (same people, deliberate defects)");
        console.result("  data quality     reconciliation/reports/staging/run-" + stagingRun
                + "/dq-summary.csv and dq-exceptions.csv");
        console.result("  report packs     reconciliation/reports/WAVE/RUN-ID/report.html");
        console.result("  database         data/db (H2; --spring.profiles.active=postgres for PostgreSQL)");
        console.result("  log              data/logs/carebridge.log");
    }

    private static void nextSteps(Console console, String wave, List<Blocker> blockers) {
        console.result("");
        console.result("The demo stops here: " + wave + " cannot cut over until its gates are clear. Next:");
        for (Blocker b : blockers) {
            if (b.gate() == Gate.HANDOVER_NOT_APPROVED) {
                console.result("  - " + b.count() + " long-standing mental-health clients need a planned handover approved"
                        + " by their clinical lead:");
                console.result("      ./carebridge wave blockers " + wave + " --gate HANDOVER_NOT_APPROVED   (who)");
            } else {
                console.result("  - " + b.gate() + ": " + b.gate().listCommand(wave));
            }
        }
        console.result("  then ./carebridge wave run " + wave + " --staged");
        console.result("Where things are: sources in data/demo, report packs in reconciliation/reports/, the database in"
                + " data/db, the log in data/logs/carebridge.log; ./carebridge wave status for the waves.");
    }
}
