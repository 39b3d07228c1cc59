package org.carebridge.staging;

import org.carebridge.cli.UserFacingException;

/** Rows read and rows accounted for (staged + quarantined) differ: something was lost or doubled. */
public class LedgerImbalanceException extends UserFacingException {

    public LedgerImbalanceException(String message) {
        super(message);
    }
}
