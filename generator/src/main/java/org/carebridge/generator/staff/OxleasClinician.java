package org.carebridge.generator.staff;

import org.carebridge.generator.people.Origin;
import org.carebridge.generator.teams.OxleasTeam;

/** One row of MHS901StaffDetails, with the workforce plan's decision about them. */
public record OxleasClinician(String id, Profession profession, OxleasTeam team, String registrationId,
                              String givenName, String familyName, int ftePercent, boolean amhp, boolean male,
                              Origin origin, Fate fate) {

    public String fte() {
        return String.format("%d.%02d", ftePercent / 100, ftePercent % 100);
    }

    /** Whether the clinician can be a named care coordinator. */
    public boolean careCoordinator() {
        return profession.coordinatesCare();
    }
}
