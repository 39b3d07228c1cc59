package org.carebridge.generator.staff;

import org.carebridge.generator.random.Rng;

/** What becomes of a legacy worker in the merged organisation (the workforce plan's view). */
public enum Fate {
    CONTINUES,
    /** No row in workforce.csv: the worker's open cases need a new lead worker. */
    NOT_CONTINUING,
    /** Continues, but with a leaving date within three months after the extract date. */
    LEAVING_SOON,
    /** Continues, but is available in the merged team only some weeks after the extract date. */
    ARRIVING_LATER;

    static Fate draw(Rng rng) {
        return values()[rng.weighted(83, 10, 4, 3)];
    }
}
