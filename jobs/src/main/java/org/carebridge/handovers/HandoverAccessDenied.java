package org.carebridge.handovers;

import org.springframework.security.access.AccessDeniedException;

/** A user reached for a handover outside their teams, or tried an action their role does not allow. Audited. */
public class HandoverAccessDenied extends AccessDeniedException {

    public HandoverAccessDenied(String message) {
        super(message);
    }
}
