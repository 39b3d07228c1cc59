package org.carebridge.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handovers.CaseSummary;
import org.carebridge.handovers.HandoverAccessDenied;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.ProposalRun;
import org.carebridge.handovers.StoredCase;
import org.carebridge.handovers.Viewer;
import org.carebridge.handovers.Viewers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Worker handovers for scripts. Like the wave commands, the command line trusts the operating-system account
 * that runs it: {@code --as} names the user acting, and the same rules as the console apply to that user (a
 * clinical lead decides only their own teams' cases; every decision is audited).
 */
@Command(name = "handover", mixinStandardHelpOptions = true,
        description = {"Proposes, lists and decides worker handovers (PROPOSED → APPROVED / REJECTED / REPAIRED →",
                "ACCEPTED → ACTIVE → COMPLETED). Clinical leads normally decide in the web console (serve)."},
        subcommands = {HandoverCommand.Propose.class, HandoverCommand.ListCases.class, HandoverCommand.Approve.class,
                HandoverCommand.Reject.class, HandoverCommand.Repair.class, HandoverCommand.Accept.class,
                HandoverBenchCommand.class})
class HandoverCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static <T> T asUser(Supplier<T> action) {
        try {
            return action.get();
        } catch (HandoverAccessDenied denied) {
            throw new UserFacingException(denied.getMessage() + " (recorded in the audit trail)");
        }
    }

    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = {"Pairs every open client of the wave's cohort who needs a handover with a lead worker",
                    "(Timefold, time box carebridge.handovers.solve-time) and stores the proposals for the leads.",
                    "Decided cases are kept; undecided and rejected ones are proposed afresh."})
    static class Propose implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "WAVE")
        String wave;

        @Option(names = "--as", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "who runs it (recorded; default: the login name)")
        String actor;

        Propose(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            console.progress("Proposing handovers for " + wave + " …");
            ProposalRun run = context.bean(HandoverService.class).propose(wave, actor);
            HandoverFigures.print(console, run);
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists current handover cases the user may see (ids and codes only).")
    static class ListCases implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Option(names = "--wave", paramLabel = "WAVE")
        String wave;

        @Option(names = "--state", paramLabel = "STATE", description = "PROPOSED, APPROVED, REJECTED, REPAIRED, ACCEPTED, ACTIVE, COMPLETED")
        HandoverState state;

        @Option(names = "--as", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "the user listing (default: the login name)")
        String actor;

        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "GOVERNANCE",
                description = "CLINICAL_LEAD (own teams only), GOVERNANCE or ADMIN (every team); default ${DEFAULT-VALUE}")
        String role;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "200")
        int limit;

        ListCases(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            Viewer viewer = context.bean(Viewers.class).commandLine(actor, role.toUpperCase(Locale.ROOT));
            List<CaseSummary> cases = context.bean(HandoverService.class).list(viewer, wave, state, limit);
            console.result(String.format("%-18s %-10s %-12s %-8s %-10s %-10s %-6s %5s  %s", "case", "wave", "person",
                    "team", "state", "incoming", "keeps", "known", "reasons"));
            for (CaseSummary c : cases) {
                console.result(String.format("%-18s %-10s %-12s %-8s %-10s %-10s %-6s %5d  %s", c.caseId(), c.wave(),
                        c.personId(), c.teamCode(), c.state(), c.incomingWorker(), c.keepsCurrentWorker() ? "yes" : "no",
                        c.knownContacts(), String.join(",", c.reasons())));
            }
            console.result(cases.size() + " case(s)" + (cases.size() >= limit ? " (limit reached: --limit)" : ""));
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves a proposed handover as the case's clinical lead.")
    static class Approve implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "CASE")
        String caseId;

        @Option(names = "--as", required = true, paramLabel = "LEAD", description = "the clinical lead's user name")
        String lead;

        @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "")
        String reason;

        Approve(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Viewer viewer = context.bean(Viewers.class).commandLine(lead, Viewer.CLINICAL_LEAD);
            StoredCase approved = asUser(() -> context.bean(HandoverService.class).approve(viewer, caseId, reason));
            context.bean(Console.class).result("Handover " + caseId + " (" + approved.personId() + ") approved by "
                    + lead + ": incoming worker " + approved.handover().incomingWorkerId() + ".");
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Rejects a handover as the case's clinical lead; the client is paired again at the next proposal.")
    static class Reject implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "CASE")
        String caseId;

        @Option(names = "--as", required = true, paramLabel = "LEAD")
        String lead;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        Reject(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Viewer viewer = context.bean(Viewers.class).commandLine(lead, Viewer.CLINICAL_LEAD);
            asUser(() -> context.bean(HandoverService.class).reject(viewer, caseId, reason));
            context.bean(Console.class).result("Handover " + caseId + " rejected by " + lead + " (recorded).");
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = "Re-pairs a handover with another worker as the case's clinical lead (hard rules re-checked).")
    static class Repair implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "CASE")
        String caseId;

        @Option(names = "--worker", required = true, paramLabel = "WORKER_ID")
        String worker;

        @Option(names = "--as", required = true, paramLabel = "LEAD")
        String lead;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        Repair(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            Viewer viewer = context.bean(Viewers.class).commandLine(lead, Viewer.CLINICAL_LEAD);
            HandoverService.Repaired repaired = asUser(() -> context.bean(HandoverService.class)
                    .repair(viewer, caseId, worker, reason));
            console.result("Handover " + caseId + " re-paired with " + worker + " by " + lead + " (recorded).");
            repaired.warnings().forEach(w -> console.result("  warning: " + w));
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = {"Records the incoming worker's acceptance. Once the wave is live and the effective date has",
                    "come, the handover becomes active and the worker the client's lead worker (basis HANDOVER)."})
    static class Accept implements Callable<Integer> {
        private final ApplicationContextHolder context;

        @Parameters(paramLabel = "CASE")
        String caseId;

        @Option(names = "--as", required = true, paramLabel = "WORKER_ID", description = "the incoming worker's merged id")
        String worker;

        Accept(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            StoredCase accepted = context.bean(HandoverService.class).accept(caseId, worker);
            context.bean(Console.class).result("Handover " + caseId + " is " + accepted.handover().state() + ".");
            return CarebridgeLauncher.OK;
        }
    }
}
