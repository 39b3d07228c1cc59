package org.carebridge.cli;

import org.carebridge.staging.LedgerLine;
import org.carebridge.staging.StagingService.StagingReport;

/** Prints a staging ledger as a table an operator can read at a glance. */
final class LedgerTable {

    private LedgerTable() {
    }

    static void print(Console console, StagingReport report) {
        if (report.ledger().isEmpty()) {
            return;
        }
        console.result("");
        console.result(String.format("Ledger (staging run %d)", report.runId()));
        console.result(String.format("%-9s %-30s %12s %12s %12s  %s", "source", "table", "read", "staged",
                "quarantined", "balance"));
        long read = 0;
        long staged = 0;
        long quarantined = 0;
        for (LedgerLine line : report.ledger()) {
            console.result(String.format("%-9s %-30s %,12d %,12d %,12d  %s", line.table().system(),
                    line.table().tableName(), line.read(), line.staged(), line.quarantined(),
                    line.balanced() ? "ok" : "UNBALANCED"));
            read += line.read();
            staged += line.staged();
            quarantined += line.quarantined();
        }
        console.result(String.format("%-9s %-30s %,12d %,12d %,12d  %s", "total", "", read, staged, quarantined,
                report.balanced() ? "BALANCED" : "NOT BALANCED"));
        double seconds = report.elapsed().toMillis() / 1000.0;
        if (seconds > 0) {
            console.result(String.format("%,d rows in %.1f s (%,.0f rows/s)", read, seconds, read / seconds));
        }
    }
}
