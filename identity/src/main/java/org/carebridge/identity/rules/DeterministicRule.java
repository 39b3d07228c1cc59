package org.carebridge.identity.rules;

import java.util.EnumMap;
import java.util.Map;
import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;

/**
 * Tier 2: exact agreement on one of the minimum input sets of the national demographic trace (PDS).
 * A rule fires only on exact agreement of every field it names, after normalisation.
 */
public enum DeterministicRule {
    SURNAME_FORENAME_DOB_GENDER("surname+forename+dob+gender",
            Map.of(Field.SURNAME, "exact", Field.FORENAME, "exact", Field.DATE_OF_BIRTH, "exact", Field.GENDER, "exact")),
    SURNAME_POSTCODE_DOB_GENDER("surname+postcode+dob+gender",
            Map.of(Field.SURNAME, "exact", Field.POSTCODE, "full", Field.DATE_OF_BIRTH, "exact", Field.GENDER, "exact")),
    NHS_SURNAME_DOB("nhs+surname+dob",
            Map.of(Field.NHS_NUMBER, "exact", Field.SURNAME, "exact", Field.DATE_OF_BIRTH, "exact"));

    private final String label;
    private final Map<Field, Integer> required = new EnumMap<>(Field.class);

    DeterministicRule(String label, Map<Field, String> levels) {
        this.label = label;
        levels.forEach((field, level) -> required.put(field, field.level(level)));
    }

    public String label() {
        return label;
    }

    /**
     * Whether the compared pair meets the rule. Swapped names never count as exact, and a pair whose
     * valid NHS numbers differ, or whose known genders differ, meets no deterministic rule: a conflicting
     * identifier is for the probabilistic tier and the reviewer to weigh. Nor does a pair whose forenames
     * clearly differ: the trace's surname-postcode-date rule alone cannot tell twins apart.
     */
    public boolean matches(int vector) {
        if (ComparisonVector.namesSwapped(vector)
                || ComparisonVector.level(vector, Field.FORENAME) == Field.FORENAME.different()
                || ComparisonVector.level(vector, Field.NHS_NUMBER) == Field.NHS_NUMBER.different()
                || ComparisonVector.level(vector, Field.GENDER) == Field.GENDER.different()) {
            return false;
        }
        for (Map.Entry<Field, Integer> e : required.entrySet()) {
            if (ComparisonVector.level(vector, e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The first rule the pair meets, or {@code null}. */
    public static DeterministicRule firstMatching(int vector) {
        for (DeterministicRule rule : values()) {
            if (rule.matches(vector)) {
                return rule;
            }
        }
        return null;
    }
}
