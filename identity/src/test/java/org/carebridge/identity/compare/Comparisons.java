package org.carebridge.identity.compare;

import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.testing.People;

/** Compares two test records and names the level one field reached. */
final class Comparisons {

    private static final PairComparator COMPARATOR = new PairComparator(People.nicknames());

    private Comparisons() {
    }

    static int vector(PersonRecord.Builder a, PersonRecord.Builder b) {
        return COMPARATOR.compare(People.normalised(0, a.build()), People.normalised(1, b.build()));
    }

    static String level(Field field, PersonRecord.Builder a, PersonRecord.Builder b) {
        return field.label(ComparisonVector.level(vector(a, b), field));
    }
}
