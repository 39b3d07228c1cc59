package org.carebridge.identity.rules;

import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;

/**
 * Twins share surname, date of birth and usually address, and differ in forename: exactly the pattern
 * that independent field weights over-score. A pair whose forenames clearly differ while surname and date
 * of birth agree (or nearly) is therefore never merged automatically; at most it goes to review. Twins
 * have different NHS numbers, so an agreeing valid NHS number lifts the doubt.
 */
public final class PossibleTwinRule {

    private static final int FORENAME_DIFFERENT = Field.FORENAME.different();
    private static final int SURNAME_EXACT = Field.SURNAME.level("exact");
    private static final int SURNAME_PART = Field.SURNAME.level("part");
    private static final int SURNAME_JW92 = Field.SURNAME.level("jw>0.92");
    private static final int NHS_EXACT = Field.NHS_NUMBER.level("exact");
    private static final int DOB_EXACT = Field.DATE_OF_BIRTH.level("exact");
    private static final int DOB_SWAPPED = Field.DATE_OF_BIRTH.level("day_month_swapped");
    private static final int DOB_ONE_DIGIT = Field.DATE_OF_BIRTH.level("one_digit");

    private PossibleTwinRule() {
    }

    public static boolean applies(int vector) {
        if (ComparisonVector.level(vector, Field.FORENAME) != FORENAME_DIFFERENT
                || ComparisonVector.level(vector, Field.NHS_NUMBER) == NHS_EXACT) {
            return false;
        }
        int surname = ComparisonVector.level(vector, Field.SURNAME);
        int dob = ComparisonVector.level(vector, Field.DATE_OF_BIRTH);
        return (surname == SURNAME_EXACT || surname == SURNAME_PART || surname == SURNAME_JW92)
                && (dob == DOB_EXACT || dob == DOB_SWAPPED || dob == DOB_ONE_DIGIT);
    }
}
