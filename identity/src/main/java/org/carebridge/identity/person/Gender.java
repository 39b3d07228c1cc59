package org.carebridge.identity.person;

import java.util.Locale;

/** Person Stated Gender (NHS Data Dictionary): 1 male, 2 female, 9 indeterminate, X not known. */
public enum Gender {
    MALE("1"), FEMALE("2"), INDETERMINATE("9"), NOT_KNOWN("X");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    /** The Person Stated Gender code. */
    public String code() {
        return code;
    }

    /** Only male and female say anything about whether two records are the same person. */
    public boolean isInformative() {
        return this == MALE || this == FEMALE;
    }

    /**
     * The council's local codes M, F, I (indeterminate), U (unknown); Person Stated Gender codes are
     * accepted too because some extracts already carry them. Anything else is not known.
     */
    public static Gender fromCouncil(String local) {
        if (local == null) {
            return NOT_KNOWN;
        }
        switch (local.strip().toUpperCase(Locale.ROOT)) {
            case "M":
                return MALE;
            case "F":
                return FEMALE;
            case "I":
                return INDETERMINATE;
            default:
                return fromPersonStatedGender(local);
        }
    }

    /** Person Stated Gender 1, 2, 9, X (Oxleas); anything else is not known. */
    public static Gender fromPersonStatedGender(String code) {
        if (code == null) {
            return NOT_KNOWN;
        }
        switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "1":
                return MALE;
            case "2":
                return FEMALE;
            case "9":
                return INDETERMINATE;
            default:
                return NOT_KNOWN;
        }
    }
}
