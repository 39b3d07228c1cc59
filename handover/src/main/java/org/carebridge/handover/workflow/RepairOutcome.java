package org.carebridge.handover.workflow;

import java.util.List;

/** A re-pairing the hard rules allow, with the soft issues the lead should see. */
public record RepairOutcome(HandoverCase handover, List<String> warnings) {

    public RepairOutcome {
        warnings = List.copyOf(warnings);
    }
}
