package org.carebridge.handovers;

import java.util.Set;
import org.carebridge.wave.HandoverApprovals;
import org.springframework.stereotype.Component;

/**
 * The wave gate's view of handovers: persons whose current case a clinical lead approved or re-paired, or that
 * went further (accepted, active, completed). HANDOVER_NOT_APPROVED clears exactly for these.
 */
@Component
class ApprovedHandovers implements HandoverApprovals {

    private final HandoverStore store;

    ApprovedHandovers(HandoverStore store) {
        this.store = store;
    }

    @Override
    public Set<String> approvedPersons(String wave) {
        return store.decidedPersons(wave);
    }
}
