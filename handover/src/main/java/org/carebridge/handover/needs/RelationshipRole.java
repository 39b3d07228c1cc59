package org.carebridge.handover.needs;

/** The legacy role a worker holds for a client. Only key workers and care coordinators are lead workers. */
public enum RelationshipRole {
    /** Oxleas MHS006 care coordinator assignment. */
    CARE_COORDINATOR(true),
    /** Council ALLOCATIONS row with ALLOCATION_ROLE KEY_WORKER. */
    KEY_WORKER(true),
    REVIEWER(false),
    DUTY(false);

    private final boolean lead;

    RelationshipRole(boolean lead) {
        this.lead = lead;
    }

    public boolean isLead() {
        return lead;
    }
}
