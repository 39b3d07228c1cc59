package org.carebridge.wave;

/** A condition that refuses a wave's cutover until it is cleared or overridden by a recorded decision. */
public enum Gate {
    UNMAPPED_CODES("coded values in the cohort's rows that no mapping table covers", "./carebridge mappings check"),
    OPEN_IDENTITY_REVIEWS("identity pairs in the review band touching the cohort, not yet decided",
            "./carebridge identity reviews"),
    NO_LEAD_WORKER("open clients who would end without a lead worker", "./carebridge wave blockers WAVE --gate NO_LEAD_WORKER"),
    HANDOVER_NOT_APPROVED("long-standing mental-health clients without an approved handover",
            "./carebridge wave blockers WAVE --gate HANDOVER_NOT_APPROVED"),
    LEDGER_IMBALANCE("source tables whose staging ledger does not balance", "./carebridge stage"),
    PREVIOUS_WAVE_NOT_SIGNED_OFF("the wave before this one is not signed off", "./carebridge wave status");

    private final String description;
    private final String listCommand;

    Gate(String description, String listCommand) {
        this.description = description;
        this.listCommand = listCommand;
    }

    public String description() {
        return description;
    }

    public String listCommand(String wave) {
        return listCommand.replace("WAVE", wave);
    }
}
