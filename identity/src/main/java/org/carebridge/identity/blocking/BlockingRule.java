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
    /** The same birth year with the same day and month in either order (catches transposed dates). */
    DATE_OF_BIRTH("dob", p -> {
        if (p.dateOfBirth() == null) {
            return null;
        }
        int d = p.dateOfBirth().getDayOfMonth();
        int m = p.dateOfBirth().getMonthValue();
        return p.dateOfBirth().getYear() + "-" + Math.min(d, m) + "-" + Math.max(d, m);
    }),
    /** Surname sound (double metaphone) and birth year. */
    SURNAME_SOUND_BIRTH_YEAR("surname_sound+birth_year", p -> p.surnamePhonetic() == null || p.dateOfBirth() == null
            ? null : p.surnamePhonetic() + "|" + p.dateOfBirth().getYear()),
    /** Forename sound (after nickname folding) and surname sound, in either order (catches swapped names). */
    NAME_SOUNDS("forename_sound+surname_sound", p -> {
        if (p.forenamePhonetic() == null || p.surnamePhonetic() == null) {
            return null;
        }
        String f = p.forenamePhonetic();
        String s = p.surnamePhonetic();
        return f.compareTo(s) <= 0 ? f + "|" + s : s + "|" + f;
    }),
    /** Full postcode and forename initial (catches wrong dates and changed surnames at one address). */
    POSTCODE_FORENAME_INITIAL("postcode+forename_initial", p -> p.postcode() == null || p.postcode().full() == null
            || p.forename() == null ? null : p.postcode().full() + "|" + p.forename().charAt(0)),
    /** Forename sound with day and month of birth (catches wrong years and changed surnames). */
    FORENAME_SOUND_BIRTH_DAY("forename_sound+birth_day", p -> p.forenamePhonetic() == null || p.dateOfBirth() == null
            ? null : p.forenamePhonetic() + "|" + p.dateOfBirth().getMonthValue() + "-" + p.dateOfBirth().getDayOfMonth()),
    /** Forename sound and birth year (catches changed or mistyped surnames). */
    FORENAME_SOUND_BIRTH_YEAR("forename_sound+birth_year", p -> p.forenamePhonetic() == null || p.dateOfBirth() == null
            ? null : p.forenamePhonetic() + "|" + p.dateOfBirth().getYear()),
    /** Surname sound with day and month of birth (catches wrong years with a different forename spelling). */
    SURNAME_SOUND_BIRTH_DAY("surname_sound+birth_day", p -> p.surnamePhonetic() == null || p.dateOfBirth() == null
            ? null : p.surnamePhonetic() + "|" + p.dateOfBirth().getMonthValue() + "-" + p.dateOfBirth().getDayOfMonth());

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
