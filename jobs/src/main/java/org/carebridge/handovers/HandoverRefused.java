package org.carebridge.handovers;

import org.carebridge.cli.UserFacingException;

/**
 * A handover action the rules refuse (wrong state, missing reason, a re-pairing that breaks a hard rule, a
 * decision made on a stale version, an unknown case). The message names ids, states and rules only.
 */
public class HandoverRefused extends UserFacingException {

    public HandoverRefused(String message) {
        super(message);
    }
}
