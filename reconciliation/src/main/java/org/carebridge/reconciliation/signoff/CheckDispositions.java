package org.carebridge.reconciliation.signoff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the team recorded for one check's exceptions in a dispositions sheet. Ordinals are the {@code N} of
 * {@code CHECK-ID/N}; one bit per exception keeps even millions of them small.
 */
final class CheckDispositions {

    static final int EXAMPLES = 5;

    private final BitSet seen = new BitSet();
    private final BitSet accepted = new BitSet();
    private final BitSet acceptedWithoutReasonBits = new BitSet();
    private long rows;
    private long duplicates;
    private long acceptedWithoutReason;
    private final List<Long> duplicateExamples = new ArrayList<>();
    private final List<Long> noReasonExamples = new ArrayList<>();

    void record(long ordinal, boolean isAccepted, boolean hasReason) {
        rows++;
        int index = (int) ordinal;
        if (seen.get(index)) {
            duplicates++;
            example(duplicateExamples, ordinal);
            return;
        }
        seen.set(index);
        if (isAccepted && hasReason) {
            accepted.set(index);
        } else if (isAccepted) {
            acceptedWithoutReasonBits.set(index);
            acceptedWithoutReason++;
            example(noReasonExamples, ordinal);
        }
    }

    long rows() {
        return rows;
    }

    long duplicates() {
        return duplicates;
    }

    long acceptedWithoutReason() {
        return acceptedWithoutReason;
    }

    List<Long> duplicateExamples() {
        return duplicateExamples;
    }

    List<Long> noReasonExamples() {
        return noReasonExamples;
    }

    boolean seen(long ordinal) {
        return seen.get((int) ordinal);
    }

    boolean accepted(long ordinal) {
        return accepted.get((int) ordinal);
    }

    boolean acceptedWithoutReason(long ordinal) {
        return acceptedWithoutReasonBits.get((int) ordinal);
    }

    /** The highest ordinal recorded, or 0. */
    long highest() {
        return Math.max(0, seen.length() - 1L);
    }

    private static void example(List<Long> examples, long ordinal) {
        if (examples.size() < EXAMPLES) {
            examples.add(ordinal);
        }
    }
}
