package org.carebridge.handovers;

import org.carebridge.wave.LiveLoadListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The hook between a wave's live load and its handovers: after the loader has named each open client's lead
 * worker (CONTINUING, or INTERIM_TEAM_MANAGER when nobody continues), accepted handovers whose effective date has
 * come are activated and their incoming workers become lead worker with basis HANDOVER. Approved but not yet
 * accepted handovers leave the loader's choice in place: the outgoing side stays responsible until acceptance.
 */
@Component
class LiveLeadWorkers implements LiveLoadListener {

    private final HandoverService handovers;

    LiveLeadWorkers(@Lazy HandoverService handovers) {
        this.handovers = handovers;
    }

    @Override
    public void liveLoaded(String wave, long runId) {
        handovers.activateDue(wave);
    }
}
