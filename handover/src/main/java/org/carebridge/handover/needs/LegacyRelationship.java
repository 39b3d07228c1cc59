package org.carebridge.handover.needs;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One legacy allocation (council ALLOCATIONS) or care coordinator assignment (Oxleas MHS006).
 *
 * @param legacyWorkerRef         {@code COUNCIL:<WORKER_ID>} or {@code OXLEAS:<CareProfLocalId>}
 * @param role                    the legacy role
 * @param start                   start date
 * @param end                     end date, {@code null} while current
 * @param continuingMergedWorkerId the worker's merged id if {@code workforce.csv} continues them, else {@code null}
 */
public record LegacyRelationship(String legacyWorkerRef, RelationshipRole role, LocalDate start, LocalDate end,
                                 String continuingMergedWorkerId) {

    public LegacyRelationship {
        Objects.requireNonNull(legacyWorkerRef, "legacyWorkerRef");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("relationship of " + legacyWorkerRef + " ends before it starts");
        }
    }

    /** Current on {@code day}: started on or before it and not ended before it. */
    public boolean isCurrentOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }
}
