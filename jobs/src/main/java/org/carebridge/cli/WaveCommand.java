package org.carebridge.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.carebridge.reconcile.SignOffService;
import org.carebridge.staging.SourcesProperties;
import org.carebridge.staging.StagingRequest;
import org.carebridge.wave.Blocker;
import org.carebridge.wave.Gate;
import org.carebridge.wave.PlanReport;
import org.carebridge.wave.WaveRun;
import org.carebridge.wave.WaveService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "wave", mixinStandardHelpOptions = true,
        description = {"Plans, rehearses, cuts over and rolls back waves (config/waves.yml).",
                "Lifecycle: PLANNED → REHEARSED → APPROVED_FOR_CUTOVER → LOADED → RECONCILED → SIGNED_OFF, and ROLLED_BACK."},
        subcommands = {WaveCommand.Plan.class, WaveCommand.Status.class, WaveCommand.Rehearse.class,
                WaveCommand.Approve.class, WaveCommand.Run.class, WaveCommand.Blockers.class,
                WaveCommand.OverrideGate.class, WaveCommand.Rollback.class, WaveCommand.SignOffCommand.class})
class WaveCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Options shared by commands that run the pipeline. */
    static class Pipeline {
        @Option(names = "--staged", description = "use what is staged now instead of staging the configured sources again")
        boolean staged;

        @Option(names = "--as", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "who runs it (recorded; default: the login name)")
        String actor;

        StagingRequest sources(ApplicationContextHolder context) {
            if (staged) {
                return null;
            }
            SourcesProperties configured = context.bean(SourcesProperties.class);
            boolean jdbc = configured.council().bundle() == null && configured.council().jdbc().configured();
            StagingRequest request = new StagingRequest(configured.council().bundle(), jdbc,
                    configured.oxleas().bundle(), configured.workforce().file());
            return request.isEmpty() ? null : request;
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Prints each wave's cohort size, the people in no wave, and people whose records match several waves.")
    static class Plan implements Callable<Integer> {
        private final ApplicationContextHolder context;

        Plan(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            PlanReport plan = context.bean(WaveService.class).plan();
            console.result(String.format("%-14s %10s", "wave", "people"));
            plan.cohorts().forEach((wave, size) -> console.result(String.format("%-14s %,10d", wave, size)));
            console.result(String.format("%-14s %,10d", "(no wave)", plan.unassigned().size()));
            console.result("");
            console.result("Conflicts (records matching several waves; the first in order wins):");
            if (plan.conflicts().isEmpty()) {
                console.result("  none");
            }
            plan.conflicts().forEach((waves, people) -> console.result(String.format("  %-30s %,8d people (e.g. %s)",
                    waves, people.size(), people.get(0))));
            if (!plan.lateJoiners().isEmpty()) {
                console.result(String.format("Late joiners (their wave has cut over; they join the next): %,d",
                        plan.lateJoiners().size()));
            }
            if (!plan.unassigned().isEmpty()) {
                console.result("People in no wave (first 10): " + String.join(", ",
                        plan.unassigned().subList(0, Math.min(10, plan.unassigned().size()))));
            }
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Shows every wave with its state, last run, counts and blocking gates.")
    static class Status implements Callable<Integer> {
        private final ApplicationContextHolder context;

        Status(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            console.result(String.format("%-12s %-22s %-10s %-8s %-10s %8s %10s %9s  %s", "wave", "state", "cutover",
                    "run", "mode", "people", "rows", "excluded", "gates at last run"));
            for (WaveService.Status s : context.bean(WaveService.class).status()) {
                Map<String, Object> run = s.lastRun();
                console.result(String.format("%-12s %-22s %-10s %-8s %-10s %8s %10s %9s  %s", s.wave().code(), s.state(),
                        s.wave().cutover(), value(run, "RUN_ID"), value(run, "MODE") + "/" + value(run, "STATUS"),
                        value(run, "PERSONS"), value(run, "ROWS_LOADED"), value(run, "ROWS_EXCLUDED"),
                        run.isEmpty() ? "" : blank(value(run, "BLOCKERS"), "clear")));
                for (SignOffService.SignOff signOff : context.bean(SignOffService.class).signOffs(s.wave().code())) {
                    console.result(String.format("%-12s signed off as %s by %s at %s on report %s…", "",
                            signOff.role(), signOff.signedBy(), signOff.signedAt().withNano(0),
                            signOff.reportSha256().substring(0, 12)));
                }
            }
            return CarebridgeLauncher.OK;
        }

        private static String value(Map<String, Object> run, String key) {
            Object v = run.get(key);
            if (v == null) {
                v = run.get(key.toLowerCase());
            }
            return v == null ? "-" : v.toString();
        }

        private static String blank(String s, String otherwise) {
            return s == null || s.isBlank() || s.equals("-") ? otherwise : s;
        }
    }

    @Command(name = "rehearse", mixinStandardHelpOptions = true,
            description = {"Runs the whole pipeline for a wave (stage → validate and map → identity → transform → load)",
                    "into the disposable rehearsal schema, and reports the gates that would block its cutover."})
    static class Rehearse implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "WAVE")
        String wave;

        @picocli.CommandLine.Mixin
        Pipeline pipeline = new Pipeline();

        Rehearse(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            console.progress("Rehearsing " + wave + " …");
            WaveRun run = context.bean(WaveService.class).rehearse(wave, pipeline.sources(context), pipeline.actor);
            WaveReport.print(console, run);
            WaveReport.printBlockers(console, run.wave(), run.blockers(), "would block its cutover");
            WaveReport.failIfNotReconciled(run);
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves a rehearsed wave for cutover (recorded with who, when and why).")
    static class Approve implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "WAVE")
        String wave;

        @Option(names = "--as", required = true, paramLabel = "NAME", description = "who approves")
        String actor;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why")
        String reason;

        Approve(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.bean(WaveService.class).approve(wave, actor, reason);
            context.bean(Console.class).result(wave + " approved for cutover by " + actor + ".");
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Cuts an approved wave over into the live merged model. Refuses (exit 1), naming every",
                    "blocking gate with its count and a command to list it, unless each is cleared or overridden.",
                    "Running it again applies only what changed and otherwise changes nothing."})
    static class Run implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "WAVE")
        String wave;

        @picocli.CommandLine.Mixin
        Pipeline pipeline = new Pipeline();

        Run(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            console.progress("Cutting over " + wave + " …");
            WaveRun run = context.bean(WaveService.class).run(wave, pipeline.sources(context), pipeline.actor);
            if (run.refused()) {
                WaveReport.printBlockers(console, run.wave(), run.blockers(), "block its cutover");
                throw new UserFacingException("cutover of " + run.wave() + " refused: " + run.activeBlockers().size()
                        + " gate(s) not clear (" + String.join(", ", run.activeBlockers().stream()
                        .map(b -> b.gate() + "=" + b.count()).toList()) + ")");
            }
            WaveReport.print(console, run);
            WaveReport.failIfNotReconciled(run);
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "blockers", mixinStandardHelpOptions = true,
            description = "Lists what blocks a wave's cutover now, gate by gate, with the ids behind each (no personal data).")
    static class Blockers implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "WAVE")
        String wave;

        @Option(names = "--gate", paramLabel = "GATE", description = "only this gate, listing every item")
        Gate gate;

        Blockers(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            List<Blocker> blockers = context.bean(WaveService.class).blockers(wave);
            if (gate != null) {
                blockers.stream().filter(b -> b.gate() == gate).forEach(b -> b.items().forEach(console::result));
                return CarebridgeLauncher.OK;
            }
            WaveReport.printBlockers(console, wave, blockers, "block its cutover");
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "override", mixinStandardHelpOptions = true,
            description = "Records a decision to cut a wave over despite a gate: with who and why, in the audit trail.")
    static class OverrideGate implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(index = "0", paramLabel = "WAVE")
        String wave;

        @Option(names = "--gate", required = true, paramLabel = "GATE")
        Gate gate;

        @Option(names = "--as", required = true, paramLabel = "NAME")
        String actor;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        OverrideGate(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.bean(WaveService.class).override(wave, gate, actor, reason);
            context.bean(Console.class).result("Gate " + gate + " of " + wave + " overridden by " + actor + " (recorded).");
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "signoff", mixinStandardHelpOptions = true,
            description = {"Records a governance sign-off of a loaded wave, bound to the SHA-256 of its latest live report",
                    "pack. Refused while any check fails unless every exception is dispositioned ACCEPTED with a reason",
                    "(--dispositions: the team's copy of exceptions.csv). When every role has signed, the wave is SIGNED_OFF."})
    static class SignOffCommand implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "WAVE")
        String wave;

        @Option(names = "--as", required = true, paramLabel = "NAME")
        String actor;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "PROGRAMME_BOARD, CALDICOTT_GUARDIAN or FINANCE (carebridge.reconciliation.signoff-roles)")
        String role;

        @Option(names = "--dispositions", paramLabel = "FILE", description = "exceptions.csv with dispositions filled in")
        java.nio.file.Path dispositions;

        SignOffCommand(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var signOff = context.bean(SignOffService.class).signOff(wave, actor, role, dispositions);
            context.bean(Console.class).result(wave + " signed off by " + signOff.signedBy() + " as " + signOff.role()
                    + " on report " + signOff.reportSha256() + "; wave is now "
                    + context.bean(org.carebridge.wave.WaveLifecycle.class).state(wave) + ".");
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Removes exactly what a wave loaded into the live model; other waves stay byte-identical.")
    static class Rollback implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "WAVE")
        String wave;

        @Option(names = "--as", required = true, paramLabel = "NAME")
        String actor;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        Rollback(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            WaveService.Rollback rollback = context.bean(WaveService.class).rollback(wave, actor, reason);
            console.result("Rolled back " + rollback.wave() + ": " + rollback.members() + " people left the live model.");
            rollback.rowsRemoved().forEach((table, rows) -> {
                if (rows > 0) {
                    console.result(String.format("  %-22s %,10d rows removed", table, rows));
                }
            });
            return CarebridgeLauncher.OK;
        }
    }
}
