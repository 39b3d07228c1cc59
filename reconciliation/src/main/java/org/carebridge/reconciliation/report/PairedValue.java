package org.carebridge.reconciliation.report;

import java.math.BigDecimal;
import java.util.Objects;

/** One bar pair of a chart: a label with its before (or source) and after (or target) figure. */
public record PairedValue(String label, BigDecimal before, BigDecimal after) {

    public PairedValue {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public static PairedValue of(String label, long before, long after) {
        return new PairedValue(label, BigDecimal.valueOf(before), BigDecimal.valueOf(after));
    }
}
