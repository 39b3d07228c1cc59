package org.carebridge.handover.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who is responsible for the client on which day. A valid handover never leaves a day without anyone. */
public record ResponsibilityTimeline(List<ResponsibilityPeriod> periods) {

    public ResponsibilityTimeline {
        periods = List.copyOf(periods);
    }

    /** Workers responsible on {@code day}, in the timeline's order. */
    public List<String> responsibleOn(LocalDate day) {
        List<String> responsible = new ArrayList<>();
        for (ResponsibilityPeriod period : periods) {
            if (period.covers(day)) {
                responsible.add(period.workerRef());
            }
        }
        return responsible;
    }

    /** The first day from {@code from} (inclusive) to {@code to} (exclusive) on which nobody is responsible. */
    public Optional<LocalDate> firstGap(LocalDate from, LocalDate to) {
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (responsibleOn(day).isEmpty()) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
