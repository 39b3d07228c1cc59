package org.carebridge.handover.model;

/** Why a client is in the handover problem. A client may have several reasons at once. */
public enum HandoverReason {
    /** Long-standing mental-health client (spec section 4): needs a planned, approved transition or continuity. */
    LONG_STANDING_MH,
    /** A current lead worker (key worker or care coordinator) has no row in the workforce plan. */
    WORKER_NOT_CONTINUING,
    /** Two or more current lead workers (e.g. council key worker and Oxleas care coordinator) must become one. */
    TWO_LEGACY_WORKERS,
    /** An open client with no current key worker or care coordinator at all. */
    NO_WORKER
}
