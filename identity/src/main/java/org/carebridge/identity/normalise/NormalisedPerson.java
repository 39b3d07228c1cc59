package org.carebridge.identity.normalise;

import java.time.LocalDate;
import java.util.List;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.SourceRef;

/**
 * A person record in the form it is blocked and compared in. Built once per record by
 * {@link PersonNormaliser}; every string is upper case without diacritics or punctuation.
 *
 * @param index            the record's position in the run (pairs name records by index)
 * @param forename         first given-name token; {@code null} when none
 * @param forenameJoined   all forename tokens run together ({@code MARY ANN} and {@code MARYANN} agree)
 * @param otherGivenNames  middle names and preferred name tokens: a person may go by any of them
 * @param forenameCanonical the forename's nickname-table canonical form, for blocking
 * @param surname          surname tokens run together; {@code null} when none
 * @param surnameTokens    the surname's parts (double-barrelled names have two)
 * @param dateOfBirthDigits {@code yyyyMMdd}, or {@code null}
 * @param nhsNumber        the ten digits when the number passes the NHS number rule, else {@code null}
 * @param nhsVerified      status 01 (number present and verified) with a valid number
 * @param forenamePhonetic double metaphone of the canonical forename, for blocking
 * @param surnamePhonetic  double metaphone of the surname, for blocking
 */
public record NormalisedPerson(int index, PersonRecord source, String forename, String forenameJoined,
                               List<String> otherGivenNames, String forenameCanonical, String surname,
                               List<String> surnameTokens, LocalDate dateOfBirth, String dateOfBirthDigits,
                               Gender gender, Postcode postcode, String nhsNumber, boolean nhsVerified,
                               String forenamePhonetic, String surnamePhonetic) {

    public SourceRef ref() {
        return source.ref();
    }

    @Override
    public String toString() {
        return "NormalisedPerson[" + index + " " + source.ref() + "]";
    }
}
