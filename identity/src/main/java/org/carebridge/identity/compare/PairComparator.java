package org.carebridge.identity.compare;

import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.normalise.NormalisedPerson;

/** Compares two normalised records field by field into a {@link ComparisonVector}. Thread-safe. */
public final class PairComparator {

    private static final int GENDER_EXACT = Field.GENDER.level("exact");
    private static final int NHS_EXACT = Field.NHS_NUMBER.level("exact");

    private final NameComparator names;
    private final DateOfBirthComparator dates = new DateOfBirthComparator();
    private final PostcodeComparator postcodes = new PostcodeComparator();

    public PairComparator(NicknameTable nicknames) {
        this.names = new NameComparator(nicknames);
    }

    public int compare(NormalisedPerson a, NormalisedPerson b) {
        int vector = names.compare(a, b);
        vector = ComparisonVector.with(vector, Field.DATE_OF_BIRTH,
                dates.compare(a.dateOfBirth(), a.dateOfBirthDigits(), b.dateOfBirth(), b.dateOfBirthDigits()));
        vector = ComparisonVector.with(vector, Field.POSTCODE, postcodes.compare(a.postcode(), b.postcode()));
        vector = ComparisonVector.with(vector, Field.GENDER, gender(a, b));
        return ComparisonVector.with(vector, Field.NHS_NUMBER, nhs(a, b));
    }

    private static int gender(NormalisedPerson a, NormalisedPerson b) {
        if (!a.gender().isInformative() || !b.gender().isInformative()) {
            return Field.MISSING;
        }
        return a.gender() == b.gender() ? GENDER_EXACT : Field.GENDER.different();
    }

    private static int nhs(NormalisedPerson a, NormalisedPerson b) {
        if (a.nhsNumber() == null || b.nhsNumber() == null) {
            return Field.MISSING;
        }
        return a.nhsNumber().equals(b.nhsNumber()) ? NHS_EXACT : Field.NHS_NUMBER.different();
    }
}
