package org.carebridge.identity.rules;

import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;
import org.carebridge.identity.normalise.NormalisedPerson;

/**
 * A parent and a child often share names and an address (John Smith senior and junior), and only the dates
 * of birth, a generation apart, tell them apart — evidence that one "different" level under-weighs. A pair
 * whose dates of birth are at least {@value #YEARS} years apart (and not one keying slip apart, which
 * {@code dob=one_digit} already recognises) is therefore never merged automatically unless a valid NHS number
 * agrees; at most it goes to review.
 */
public final class GenerationGapRule {

    static final int YEARS = 12;
    private static final int DOB_DIFFERENT = Field.DATE_OF_BIRTH.different();
    private static final int NHS_EXACT = Field.NHS_NUMBER.level("exact");

    private GenerationGapRule() {
    }

    public static boolean applies(NormalisedPerson a, NormalisedPerson b, int vector) {
        if (ComparisonVector.level(vector, Field.DATE_OF_BIRTH) != DOB_DIFFERENT
                || ComparisonVector.level(vector, Field.NHS_NUMBER) == NHS_EXACT) {
            return false;
        }
        NormalisedPerson older = a.dateOfBirth().isBefore(b.dateOfBirth()) ? a : b;
        NormalisedPerson younger = older == a ? b : a;
        return !older.dateOfBirth().plusYears(YEARS).isAfter(younger.dateOfBirth());
    }
}
