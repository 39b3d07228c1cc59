package org.carebridge.reconciliation.report;

import java.util.List;
import java.util.Map;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionKind;

/** Everything a pack's summary files and page are made from, once the exceptions have been streamed out. */
record PackContents(ReportContext context, List<CheckResult> checks, ReportCharts charts,
                    Map<String, Map<ExceptionKind, Long>> exceptionCounts) {

    boolean allPassed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    long failedChecks() {
        return checks.stream().filter(c -> !c.passed()).count();
    }

    long exceptionsOf(String checkId) {
        return exceptionCounts.getOrDefault(checkId, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    long exceptionsTotal() {
        return exceptionCounts.values().stream()
                .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
