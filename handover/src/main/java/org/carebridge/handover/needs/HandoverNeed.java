package org.carebridge.handover.needs;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.carebridge.handover.model.CurrentWorker;
import org.carebridge.handover.model.HandoverReason;

/**
 * A client who needs a handover decision, with every reason that applies.
 *
 * @param personId         merged person id
 * @param reasons          at least one reason
 * @param currentWorkers   current lead workers sorted by legacy reference, each with its merged id if continuing
 * @param longStandingWith legacy reference of the worker the long-standing relationship is with, or {@code null}
 * @param relationshipSince start of that relationship, or {@code null}
 */
public record HandoverNeed(String personId, Set<HandoverReason> reasons, List<CurrentWorker> currentWorkers,
                           String longStandingWith, LocalDate relationshipSince) {

    public HandoverNeed {
        Objects.requireNonNull(personId, "personId");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a handover need has at least one reason: " + personId);
        }
        EnumSet<HandoverReason> copy = EnumSet.noneOf(HandoverReason.class);
        copy.addAll(reasons);
        reasons = Collections.unmodifiableSet(copy);
        currentWorkers = List.copyOf(currentWorkers);
    }

    public boolean has(HandoverReason reason) {
        return reasons.contains(reason);
    }
}
