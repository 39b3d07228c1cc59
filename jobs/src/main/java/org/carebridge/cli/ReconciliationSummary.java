package org.carebridge.cli;

import org.carebridge.reconcile.WaveReconciler;
import org.carebridge.reconciliation.check.CheckResult;

/** Prints a reconciliation's headline, its failing checks and where the pack is. */
final class ReconciliationSummary {

    private ReconciliationSummary() {
    }

    static void print(Console console, WaveReconciler.Result result) {
        console.result(String.format("Reconciliation of %s: %s (%d checks, %d failed)", result.wave(),
                result.passed() ? "PASS" : "FAIL", result.checks().size(), result.failedChecks()));
        for (CheckResult check : result.checks()) {
            if (!check.passed()) {
                console.result(String.format("  FAIL %-34s expected %s, actual %s", check.id(), check.expected().toPlainString(),
                        check.actual().toPlainString()));
            }
        }
        console.result("  report pack: " + result.pack() + " (report.html, summary.csv, summary.json, exceptions.csv)");
        console.result("  report SHA-256 (what a sign-off binds to): " + result.reportSha256());
    }
}
