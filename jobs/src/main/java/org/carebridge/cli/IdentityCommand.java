package org.carebridge.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.Verdict;
import org.carebridge.linking.DecisionReceipt;
import org.carebridge.linking.IdentityService;
import org.carebridge.linking.PairView;
import org.carebridge.linking.RecordFields;
import org.carebridge.linking.ResolutionSummary;
import org.carebridge.linking.ReviewItem;
import org.carebridge.linking.SourceRecordName;
import org.carebridge.linking.StoredConflict;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "identity", mixinStandardHelpOptions = true,
        description = {"Identity resolution on what is staged: stable merged-person ids (BC + 8 digits), the review",
                "queue and reviewers' decisions. Source records are written COUNCIL:123 or OXLEAS:RIO0000001."},
        subcommands = {IdentityCommand.Resolve.class, IdentityCommand.Reviews.class, IdentityCommand.Show.class,
                IdentityCommand.Decide.class})
class IdentityCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static SourceRef record(String text) {
        try {
            return SourceRecordName.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = {"Resolves the staged people with the recorded decisions and persists the outcome:",
                    "new records attach to existing persons or get new ids; nobody is ever renumbered; records",
                    "in undecided review pairs wait without an id; changes to existing persons are reported as",
                    "conflicts and not applied. Council records with RECORD_STATUS D take no part."})
    static class Resolve implements Callable<Integer> {

        private final ApplicationContextHolder context;

        Resolve(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            console.progress("Resolving the staged people …");
            IdentityService identity = context.bean(IdentityService.class);
            ResolutionSummary summary = identity.resolveStaged();
            summary.lines().forEach(console::result);
            printConflicts(console, identity.conflicts());
            if (summary.crossReviews() + summary.withinReviews() > 0) {
                console.result("Next: ./carebridge identity reviews   lists the pairs waiting for a decision.");
            }
            return CarebridgeLauncher.OK;
        }
    }

    static void printConflicts(Console console, List<StoredConflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        console.result("");
        console.result("Conflicts (reported, not applied; existing persons are never renumbered):");
        for (StoredConflict c : conflicts) {
            console.result("  " + c.kind() + "  persons " + String.join(" ", c.personIds()) + "  records "
                    + String.join(" ", c.records().stream().map(SourceRecordName::format).toList()));
        }
    }

    @Command(name = "reviews", mixinStandardHelpOptions = true,
            description = {"Lists the review queue of the latest 'identity resolve': the two records' ids, match",
                    "probability, tier and evidence (agreement levels, never values), and their persons if any.",
                    "Pairs decided since that run are marked; the next resolve applies them."})
    static class Reviews implements Callable<Integer> {

        private final ApplicationContextHolder context;

        Reviews(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            IdentityService identity = context.bean(IdentityService.class);
            List<ReviewItem> queue = identity.reviewQueue();
            long waiting = queue.stream().filter(ReviewItem::awaitingDecision).count();
            console.result(waiting + " pairs awaiting a decision (" + (queue.size() - waiting)
                    + " decided since the latest run)");
            if (!queue.isEmpty()) {
                console.result(String.format(Locale.ROOT, "%-22s %-22s %11s %-12s %-12s %-12s %-20s %s", "left",
                        "right", "probability", "tier", "left person", "right person", "status", "evidence"));
            }
            for (ReviewItem item : queue) {
                String status = item.decidedSinceRun().map(d -> "decided: " + d.decision().verdict().name()
                        .toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("awaiting");
                console.result(String.format(Locale.ROOT, "%-22s %-22s %11.6f %-12s %-12s %-12s %-20s %s",
                        SourceRecordName.format(item.left()), SourceRecordName.format(item.right()),
                        item.matchProbability(), item.tier(), item.leftPerson().orElse("-"),
                        item.rightPerson().orElse("-"), status, item.evidence()));
            }
            printConflicts(console, identity.conflicts());
            return CarebridgeLauncher.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Shows two staged records' fields side by side for the reviewer deciding about them.",
                    "This is a deliberate view of personal data: it is printed here only (never logged) and the",
                    "viewing is recorded in the audit trail."})
    static class Show implements Callable<Integer> {

        private final ApplicationContextHolder context;

        @Parameters(index = "0", paramLabel = "LEFT", description = "e.g. COUNCIL:1000123")
        String left;

        @Parameters(index = "1", paramLabel = "RIGHT", description = "e.g. OXLEAS:RIO1000456")
        String right;

        @Option(names = "--as", paramLabel = "NAME", description = "who is looking (default: the operating-system user)")
        String viewer;

        Show(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            SourceRef a = record(left);
            SourceRef b = record(right);
            String who = viewer != null ? viewer : System.getProperty("user.name", "unknown");
            Console console = context.bean(Console.class);
            PairView view = context.bean(IdentityService.class).show(a, b, who);
            String leftName = SourceRecordName.format(a);
            String rightName = SourceRecordName.format(b);
            int width = leftName.length();
            for (String label : RecordFields.LABELS) {
                width = Math.max(width, shown(view.left().value(label)).length());
            }
            String format = "%-20s %-" + width + "s   %s";
            console.result(String.format(Locale.ROOT, format, "", leftName, rightName));
            console.result(String.format(Locale.ROOT, format, "person", view.leftPerson().orElse("(none yet)"),
                    view.rightPerson().orElse("(none yet)")));
            for (String label : RecordFields.LABELS) {
                String l = view.left().value(label);
                String r = view.right().value(label);
                if (l != null || r != null) {
                    console.result(String.format(Locale.ROOT, format, label, shown(l), shown(r)));
                }
            }
            console.result("");
            console.result(view.pair().map(p -> String.format(Locale.ROOT,
                    "latest run %d: %s, match probability %.6f, tier %s, evidence %s", p.runId(), p.decision(),
                    p.matchProbability(), p.tier(), p.evidence()))
                    .orElse("The latest run listed no MATCH or REVIEW for this pair."));
            view.latestDecision().ifPresent(d -> console.result("Latest decision: "
                    + d.decision().verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " by "
                    + d.decision().decidedBy() + " at " + d.decision().decidedAt() + " (decision " + d.decisionId()
                    + ")"));
            return CarebridgeLauncher.OK;
        }

        private static String shown(String value) {
            return value == null ? "(not held)" : value.isEmpty() ? "-" : value;
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = {"Records a review decision about two source records, with who and why, and an audit",
                    "entry. Every later 'identity resolve' and 'link' honours it; the latest decision about a",
                    "pair stands. Refuses records that are neither staged nor assigned to a person."})
    static class Decide implements Callable<Integer> {

        private final ApplicationContextHolder context;

        @Parameters(index = "0", paramLabel = "LEFT", description = "e.g. COUNCIL:1000123")
        String left;

        @Parameters(index = "1", paramLabel = "RIGHT", description = "e.g. OXLEAS:RIO1000456")
        String right;

        @ArgGroup(exclusive = true, multiplicity = "1")
        VerdictOption verdict;

        static class VerdictOption {
            @Option(names = "--same", required = true, description = "the two records are the same person")
            boolean same;

            @Option(names = "--different", required = true, description = "the two records are different people")
            boolean different;
        }

        @Option(names = "--as", required = true, paramLabel = "NAME", description = "who decides")
        String decidedBy;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (kept with the decision"
                + " and in the audit trail)")
        String reason;

        Decide(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            SourceRef a = record(left);
            SourceRef b = record(right);
            Verdict v = verdict.same ? Verdict.SAME_PERSON : Verdict.DIFFERENT_PEOPLE;
            DecisionReceipt receipt = context.bean(IdentityService.class).decide(a, b, v, decidedBy, reason);
            Console console = context.bean(Console.class);
            console.result("Decision " + receipt.decision().decisionId() + " recorded: "
                    + SourceRecordName.format(receipt.decision().decision().first()) + " and "
                    + SourceRecordName.format(receipt.decision().decision().second()) + " are "
                    + (v == Verdict.SAME_PERSON ? "the same person" : "different people") + " (audit entry "
                    + receipt.auditEventId() + ").");
            console.result(receipt.effect() + ".");
            return CarebridgeLauncher.OK;
        }
    }
}
