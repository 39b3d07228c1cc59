package org.carebridge.handover.pairing;

/** The first hard rule that left a client without any candidate worker. */
public enum UnpairedReason {
    NO_TEAM_COVERS_CLIENT,
    NO_WORKER_WITH_COMPETENCIES,
    NO_WORKER_AVAILABLE,
    NO_SPARE_CAPACITY,
    /** A worker could have taken the client, but the solver's time or step limit ended first. */
    NOT_PLACED_WITHIN_LIMIT
}
