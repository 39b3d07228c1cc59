package org.carebridge.reconciliation.check;

/** The outcome of one check. */
public enum CheckStatus {
    PASS, FAIL
}
