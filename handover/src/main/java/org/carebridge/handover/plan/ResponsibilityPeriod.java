package org.carebridge.handover.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A worker responsible for the client from {@code from} (inclusive) until {@code until} (exclusive; {@code null}
 * while open-ended).
 */
public record ResponsibilityPeriod(String workerRef, LocalDate from, LocalDate until) {

    public ResponsibilityPeriod {
        Objects.requireNonNull(workerRef, "workerRef");
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("responsibility of " + workerRef + " must end after it starts");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
