package org.carebridge.wave;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A wave's lifecycle. Every transition is recorded with who, when and the run. */
public enum WaveState {
    PLANNED, REHEARSED, APPROVED_FOR_CUTOVER, LOADED, RECONCILED, SIGNED_OFF, ROLLED_BACK;

    private static final Map<WaveState, Set<WaveState>> ALLOWED = Map.of(
            PLANNED, EnumSet.of(REHEARSED),
            REHEARSED, EnumSet.of(REHEARSED, APPROVED_FOR_CUTOVER),
            APPROVED_FOR_CUTOVER, EnumSet.of(REHEARSED, LOADED, ROLLED_BACK),
            LOADED, EnumSet.of(LOADED, RECONCILED, ROLLED_BACK),
            RECONCILED, EnumSet.of(LOADED, RECONCILED, SIGNED_OFF, ROLLED_BACK),
            SIGNED_OFF, EnumSet.noneOf(WaveState.class),
            ROLLED_BACK, EnumSet.of(REHEARSED));

    public boolean canBecome(WaveState next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The live merged model holds this wave's rows. */
    public boolean live() {
        return this == LOADED || this == RECONCILED || this == SIGNED_OFF;
    }
}
