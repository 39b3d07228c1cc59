package org.carebridge.handover.workflow;

/** A transition that the state machine's guards refuse. The message names ids, states and rules only. */
public final class TransitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TransitionRefusedException(String message) {
        super(message);
    }
}
