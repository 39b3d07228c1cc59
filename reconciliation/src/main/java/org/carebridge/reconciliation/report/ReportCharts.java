package org.carebridge.reconciliation.report;

import java.util.List;
import org.carebridge.reconciliation.check.Unit;

/**
 * The charts governance asked for. Any may be empty (e.g. a wave that moves no money), and the page then says so
 * instead of drawing an empty frame.
 */
public record ReportCharts(PairedSeries countsPerTable, PairedSeries moneyPerServiceType,
                           PairedSeries caseloadPerTeam, PairedSeries caseloadPerWorker) {

    public static ReportCharts of(List<PairedValue> rowsPerTable, List<PairedValue> weeklyPoundsPerServiceType,
                                  List<PairedValue> weightedCaseloadPerTeam, List<PairedValue> weightedCaseloadPerWorker) {
        return new ReportCharts(
                new PairedSeries("Rows per table", "Legacy", "Merged", Unit.ROWS, rowsPerTable),
                new PairedSeries("Weekly cost per service type", "Legacy", "Merged", Unit.POUNDS,
                        weeklyPoundsPerServiceType),
                new PairedSeries("Weighted caseload per team", "Before", "After", Unit.CASELOAD_POINTS,
                        weightedCaseloadPerTeam),
                new PairedSeries("Weighted caseload per worker", "Before", "After", Unit.CASELOAD_POINTS,
                        weightedCaseloadPerWorker));
    }

    public static ReportCharts empty() {
        return of(List.of(), List.of(), List.of(), List.of());
    }

    List<PairedSeries> all() {
        return List.of(countsPerTable, moneyPerServiceType, caseloadPerTeam, caseloadPerWorker);
    }
}
