package org.carebridge.reconciliation.report;

/** Whether a run rehearsed a wave on a copy or migrated it for real. */
public enum RunMode {
    REHEARSAL, LIVE
}
