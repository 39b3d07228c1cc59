package org.carebridge.identity.rules;

import org.carebridge.identity.normalise.NormalisedPerson;

/**
 * Tier 1 and its safety twin. Two records with the same valid, verified NHS number (status 01) and the
 * same date of birth are the same person. Two records with different valid, verified NHS numbers are
 * never matched automatically, whatever else agrees.
 */
public final class NhsNumberRule {

    private NhsNumberRule() {
    }

    public static boolean verifiedMatch(NormalisedPerson a, NormalisedPerson b) {
        return a.nhsVerified() && b.nhsVerified() && a.nhsNumber().equals(b.nhsNumber())
                && a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth());
    }

    public static boolean verifiedConflict(NormalisedPerson a, NormalisedPerson b) {
        return a.nhsVerified() && b.nhsVerified() && !a.nhsNumber().equals(b.nhsNumber());
    }
}
