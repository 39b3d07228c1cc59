package org.carebridge.generator.people;

import java.time.LocalDate;
import org.carebridge.generator.teams.CouncilTeam;
import org.carebridge.generator.teams.OxleasTeam;

/**
 * One synthetic human as they really are, and how the two legacy systems know them. The records written
 * for a person are derived from this with the variations real keying introduces.
 *
 * @param index              the person's position in the run (0-based); also seeds their random streams
 * @param personId           the answer keys' id for the human
 * @param nhsNumber          the person's real (test-range) NHS number, or {@code null} when no record shows one
 * @param previousHome       where the person lived before moving, or {@code null}
 * @param oldAddressInCouncil for a person who moved: the council, not Oxleas, still has the old address
 * @param councilTeam        the council team holding the person, or {@code null} when the council does not know them
 * @param oxleasTeam         the Oxleas team of the person's latest referral, or {@code null}
 * @param councilLongStanding the current council key worker has held the person for 2-10 years
 * @param oxleasLongStanding  the current Oxleas care coordinator has held the person for 2-10 years
 */
public record Person(long index, String personId, Cohort cohort, boolean male, Origin origin, int ethnicity,
                     String title, String forename, String middleNames, String surname, LocalDate birthDate,
                     LocalDate deathDate, Address home, Address previousHome, boolean oldAddressInCouncil,
                     String nhsNumber,
                     boolean councilShowsNhs, boolean oxleasShowsNhs, String language,
                     CouncilTeam councilTeam, boolean councilOpen, CouncilDuplicate duplicate,
                     boolean councilLongStanding,
                     OxleasTeam oxleasTeam, boolean oxleasOpen, boolean oxleasLongStanding) {

    public String councilEthnicity() {
        return origin.councilCode(ethnicity);
    }

    public String nhsEthnicity() {
        return origin.nhsCode(ethnicity);
    }

    public boolean deceased() {
        return deathDate != null;
    }
}
