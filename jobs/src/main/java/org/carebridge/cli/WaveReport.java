package org.carebridge.cli;

import java.util.List;
import org.carebridge.wave.Blocker;
import org.carebridge.wave.WaveRun;

/** Prints what a wave run did and what blocks it. */
final class WaveReport {

    private WaveReport() {
    }

    static void print(Console console, WaveRun run) {
        console.result("");
        console.result(String.format("%s %s run %d into schema %s: %,d people (%,d open clients), %,d rows loaded,"
                        + " %,d excluded with a reason, in %.1f s", run.wave(), run.mode().toLowerCase(), run.runId(),
                run.schema(), run.persons(), run.openClients(), run.rowsLoaded(), run.rowsExcluded(),
                run.elapsed().toMillis() / 1000.0));
        run.rowsPerTable().forEach((table, rows) -> console.result(String.format("  %-22s %,10d", table, rows)));
        console.result("  checksum of the wave's rows: " + run.modelChecksum());
        if (run.reconciliation() != null) {
            ReconciliationSummary.print(console, run.reconciliation());
        }
    }

    /** A wave whose reconciliation failed has not done its job: the command says so and exits 1. */
    static void failIfNotReconciled(WaveRun run) {
        if (run.reconciliation() != null && !run.reconciliation().passed()) {
            throw new UserFacingException(run.reconciliation().failedChecks() + " reconciliation check(s) of "
                    + run.wave() + " failed; see " + run.reconciliation().pack().resolve("report.html"));
        }
    }

    static void printBlockers(Console console, String wave, List<Blocker> blockers, String verb) {
        if (blockers.isEmpty()) {
            console.result("All cutover gates of " + wave + " are clear.");
            return;
        }
        console.result("Gates that " + verb + " of " + wave + ":");
        for (Blocker b : blockers) {
            console.result(String.format("  %-30s %,8d  %s%s", b.gate(), b.count(), b.gate().description(),
                    b.overridden() ? "  [overridden by " + b.overriddenBy() + ": " + b.overrideReason() + "]" : ""));
            console.result(String.format("  %-30s %8s  list them: %s", "", "", b.gate().listCommand(wave)));
        }
    }
}
