package org.carebridge.generator.staff;

import org.carebridge.generator.people.Origin;
import org.carebridge.generator.teams.CouncilTeam;

/** One row of the council's WORKERS table, with the workforce plan's decision about them. */
public record CouncilWorker(long id, String forename, String surname, String role, CouncilTeam team, int ftePercent,
                            boolean active, boolean male, Origin origin, Fate fate) {

    public String fte() {
        return String.format("%d.%02d", ftePercent / 100, ftePercent % 100);
    }

    public boolean manager() {
        return "TM".equals(role);
    }
}
