package org.carebridge.cli;

import java.util.Locale;
import org.carebridge.handovers.ProposalRun;

/** Prints a proposal run's figures: the ones the programme reports for handovers. */
final class HandoverFigures {

    private HandoverFigures() {
    }

    static void print(Console console, ProposalRun run) {
        console.result(String.format(Locale.ROOT, "Handover proposal run %d for %s", run.runId(), run.wave()));
        console.result(String.format(Locale.ROOT, "  cohort %,d people, %,d open clients, %,d need a handover"
                + " (%,d already decided, kept)", run.cohortPersons(), run.openClients(), run.needingHandover(),
                run.keptDecided()));
        console.result(String.format(Locale.ROOT, "  proposals %,d of %,d paired clients; %,d keep a current worker",
                run.proposals(), run.pairedClients(), run.keptCurrentWorker()));
        console.result(String.format(Locale.ROOT, "  long-standing MH clients kept with a worker who knows them:"
                + " %,d of %,d (%.1f%%)", run.longStandingKnown(), run.longStanding(),
                100 * run.longStandingKnownShare()));
        if (run.busiestWorker() != null) {
            console.result(String.format(Locale.ROOT, "  largest worker load against capacity: %s %d/%d points (%.1f%%)",
                    run.busiestWorker(), run.busiestPoints(), run.busiestCapacity(),
                    run.busiestCapacity() == 0 ? 0.0 : 100.0 * run.busiestPoints() / run.busiestCapacity()));
        }
        console.result(String.format(Locale.ROOT, "  unpaired: %,d %s", run.unpaired().size(), run.unpairedByReason()));
        run.unpairedExamples().forEach((reason, example) -> console.result("    e.g. " + example.personId() + " "
                + reason + ": " + example.detail()));
        console.result(String.format(Locale.ROOT, "  read from staging in %.1f s; solved in %.1f s (score %s)",
                run.buildMillis() / 1000.0, run.solveMillis() / 1000.0, run.score()));
    }
}
