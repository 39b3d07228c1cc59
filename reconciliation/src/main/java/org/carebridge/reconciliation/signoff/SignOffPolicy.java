package org.carebridge.reconciliation.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.report.ReportPack;

/**
 * The sign-off rule. A wave may be signed off on a pack when every check passed, or when each failing check lists
 * its exceptions and every one of them has been dispositioned {@code ACCEPTED} with a reason. A failing check that
 * lists no exceptions cannot be dispositioned, so it always refuses: the check must list what it could not account
 * for. Dispositions must match the pack exactly: each exception of a failing check once, no ids the pack does not
 * hold, no checks it does not have.
 */
public final class SignOffPolicy {

    public SignOffDecision decide(ReportPack pack, DispositionSheet dispositions) {
        List<String> reasons = new ArrayList<>(dispositions.problems());
        for (String checkId : dispositions.checkIds()) {
            if (pack.checks().stream().noneMatch(c -> c.id().equals(checkId))) {
                reasons.add("dispositions name check " + checkId + ", which this pack does not hold;"
                        + " the sheet belongs to another pack");
            }
        }
        for (CheckResult check : pack.checks()) {
            if (!check.passed()) {
                reasons.addAll(failingCheck(check.id(), pack.exceptionsOf(check.id()),
                        dispositions.forCheck(check.id())));
            }
        }
        return new SignOffDecision(pack.reportSha256(), reasons);
    }

    private static List<String> failingCheck(String id, long listed, Optional<CheckDispositions> recorded) {
        List<String> reasons = new ArrayList<>();
        if (listed == 0) {
            reasons.add("check " + id + " FAILED and lists no exceptions, so there is nothing to disposition;"
                    + " it must pass or list the items it could not account for");
            return reasons;
        }
        if (recorded.isEmpty()) {
            reasons.add("check " + id + " FAILED with " + listed + " exceptions and none has a disposition");
            return reasons;
        }
        CheckDispositions d = recorded.get();
        if (d.highest() > listed) {
            reasons.add("check " + id + ": dispositions name exceptions up to " + id + "/" + d.highest()
                    + " but the pack lists " + listed);
        }
        if (d.duplicates() > 0) {
            reasons.add("check " + id + ": " + d.duplicates() + " exceptions are dispositioned more than once"
                    + examples(id, d.duplicateExamples()));
        }
        if (d.acceptedWithoutReason() > 0) {
            reasons.add("check " + id + ": " + d.acceptedWithoutReason() + " exceptions are ACCEPTED without a reason"
                    + examples(id, d.noReasonExamples()));
        }
        long missing = 0;
        long notAccepted = 0;
        List<Long> missingExamples = new ArrayList<>();
        List<Long> notAcceptedExamples = new ArrayList<>();
        for (long n = 1; n <= listed; n++) {
            if (!d.seen(n)) {
                missing++;
                if (missingExamples.size() < CheckDispositions.EXAMPLES) {
                    missingExamples.add(n);
                }
            } else if (!d.accepted(n) && !d.acceptedWithoutReason(n)) {
                notAccepted++;
                if (notAcceptedExamples.size() < CheckDispositions.EXAMPLES) {
                    notAcceptedExamples.add(n);
                }
            }
        }
        if (missing > 0) {
            reasons.add("check " + id + " FAILED: " + missing + " of " + listed
                    + " exceptions have no row in the dispositions" + examples(id, missingExamples));
        }
        if (notAccepted > 0) {
            reasons.add("check " + id + " FAILED: " + notAccepted + " of " + listed
                    + " exceptions are not ACCEPTED" + examples(id, notAcceptedExamples));
        }
        return reasons;
    }

    private static String examples(String id, List<Long> ordinals) {
        return ordinals.isEmpty() ? "" : " (e.g. " + ordinals.stream().map(n -> id + "/" + n)
                .collect(Collectors.joining(", ")) + ")";
    }
}
