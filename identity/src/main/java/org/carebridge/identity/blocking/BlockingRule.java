package org.carebridge.identity.blocking;

import java.util.function.Function;
import org.carebridge.identity.normalise.NormalisedPerson;

/**
 * A key that records must share to be compared. Each rule is cheap and catches the pairs the others miss:
 * a pair is a candidate when any rule puts it in one block. Keys are built from normalised values, so
 * spelling noise inside a phonetic code or a swapped day and month still meets.
 */
public enum BlockingRule {
    /** The same valid NHS number, whatever its status. */
    NHS_NUMBER("nhs", NormalisedPerson::nhsNumber),
    /**
     * Date of birth with day and month in either order (catches transposed dates) and the surname's initial.
     * The initial keeps blocks from growing with the population: dates of birth are finite.
     */
    DATE_OF_BIRTH_SURNAME_INITIAL("dob+surname_initial", p -> p.surname() == null || p.dateOfBirth() == null ? null
            : unorderedDate(p) + "|" + p.surname().charAt(0)),
    /** Date of birth as above with the initial of the forename after nickname folding (Bill and William meet). */
    DATE_OF_BIRTH_FORENAME_INITIAL("dob+forename_initial", p -> p.forenameCanonical() == null
            || p.dateOfBirth() == null ? null : unorderedDate(p) + "|" + p.forenameCanonical().charAt(0)),
    /** Date of birth as above with the postcode district (catches badly keyed names of one person at one address). */
    DATE_OF_BIRTH_DISTRICT("dob+postcode_district", p -> p.postcode() == null || p.postcode().district() == null
            || p.dateOfBirth() == null ? null : unorderedDate(p) + "|" + p.postcode().district()),
    /** Surname sound (double metaphone), birth year and month (catches forename errors and wrong days). */
    SURNAME_SOUND_BIRTH_MONTH("surname_sound+birth_month", p -> p.surnamePhonetic() == null || p.dateOfBirth() == null
            ? null : p.surnamePhonetic() + "|" + p.dateOfBirth().getYear() + "-" + p.dateOfBirth().getMonthValue()),
    /** Forename sound (after nickname folding), birth year and month (catches surname errors and wrong days). */
    FORENAME_SOUND_BIRTH_MONTH("forename_sound+birth_month", p -> p.forenamePhonetic() == null
            || p.dateOfBirth() == null ? null
            : p.forenamePhonetic() + "|" + p.dateOfBirth().getYear() + "-" + p.dateOfBirth().getMonthValue()),
    /** Surname sound with day and month of birth (catches wrong years and forename errors). */
    SURNAME_SOUND_BIRTH_DAY("surname_sound+birth_day", p -> p.surnamePhonetic() == null || p.dateOfBirth() == null
            ? null : p.surnamePhonetic() + "|" + p.dateOfBirth().getMonthValue() + "-" + p.dateOfBirth().getDayOfMonth()),
    /**
     * Forename sound with day and month of birth and the birth decade (catches a wrong year digit and a changed
     * surname together; the decade keeps blocks from growing with the population).
     */
    FORENAME_SOUND_BIRTH_DAY("forename_sound+birth_day+decade", p -> p.forenamePhonetic() == null
            || p.dateOfBirth() == null ? null : p.forenamePhonetic() + "|" + p.dateOfBirth().getMonthValue() + "-"
            + p.dateOfBirth().getDayOfMonth() + "|" + p.dateOfBirth().getYear() / 10),
    /**
     * Forename and surname sounds in either order with the birth decade (catches dates wrong in more than one
     * part, and swapped names).
     */
    NAME_SOUNDS_BIRTH_DECADE("name_sounds+birth_decade", p -> {
        if (p.forenamePhonetic() == null || p.surnamePhonetic() == null || p.dateOfBirth() == null) {
            return null;
        }
        String f = p.forenamePhonetic();
        String s = p.surnamePhonetic();
        return (f.compareTo(s) <= 0 ? f + "|" + s : s + "|" + f) + "|" + p.dateOfBirth().getYear() / 10;
    }),
    /** Full postcode and forename initial (catches wrong dates and changed surnames at one address). */
    POSTCODE_FORENAME_INITIAL("postcode+forename_initial", p -> p.postcode() == null || p.postcode().full() == null
            || p.forename() == null ? null : p.postcode().full() + "|" + p.forename().charAt(0));

    private static String unorderedDate(NormalisedPerson p) {
        int d = p.dateOfBirth().getDayOfMonth();
        int m = p.dateOfBirth().getMonthValue();
        return p.dateOfBirth().getYear() + "-" + Math.min(d, m) + "-" + Math.max(d, m);
    }

    private final String label;
    private final Function<NormalisedPerson, String> key;

    BlockingRule(String label, Function<NormalisedPerson, String> key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The record's block key, or {@code null} when it lacks a field the rule needs (it joins no block). */
    public String key(NormalisedPerson person) {
        return key.apply(person);
    }
}
