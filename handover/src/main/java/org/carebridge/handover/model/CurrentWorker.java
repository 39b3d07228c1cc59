package org.carebridge.handover.model;

import java.util.Objects;

/**
 * A legacy worker who currently holds the client as key worker or care coordinator.
 *
 * @param legacyWorkerRef  {@code COUNCIL:<WORKER_ID>} or {@code OXLEAS:<CareProfLocalId>}
 * @param mergedWorkerId   the worker's merged id when the workforce plan continues them, otherwise {@code null}
 */
public record CurrentWorker(String legacyWorkerRef, String mergedWorkerId) {

    public CurrentWorker {
        Objects.requireNonNull(legacyWorkerRef, "legacyWorkerRef");
    }

    public boolean continues() {
        return mergedWorkerId != null;
    }
}
