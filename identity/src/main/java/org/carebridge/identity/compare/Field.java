package org.carebridge.identity.compare;

import java.util.List;

/**
 * The fields two person records are compared on, each with its comparison levels. Level 0 is always
 * "missing" (a value absent on either side), which carries no evidence either way; level 1 is exact
 * agreement, the level term-frequency adjustment applies to. Labels are what evidence strings show.
 */
public enum Field {
    FORENAME("forename", true,
            "missing", "exact", "alias", "jw>0.92", "jw>0.88", "initial", "jw>0.70", "different"),
    SURNAME("surname", true,
            "missing", "exact", "part", "jw>0.92", "jw>0.88", "jw>0.70", "different"),
    DATE_OF_BIRTH("dob", true,
            "missing", "exact", "day_month_swapped", "one_digit", "within_1_year", "different"),
    POSTCODE("postcode", true,
            "missing", "full", "sector", "district", "different"),
    GENDER("gender", false,
            "missing", "exact", "different"),
    NHS_NUMBER("nhs", true,
            "missing", "exact", "different");

    public static final int MISSING = 0;
    public static final int EXACT = 1;

    private final String key;
    private final boolean termFrequencyAdjusted;
    private final List<String> labels;

    Field(String key, boolean termFrequencyAdjusted, String... labels) {
        this.key = key;
        this.termFrequencyAdjusted = termFrequencyAdjusted;
        this.labels = List.of(labels);
    }

    /** The field's name in evidence strings. */
    public String key() {
        return key;
    }

    /** Whether exact agreement is weighted by how common the agreeing value is. */
    public boolean termFrequencyAdjusted() {
        return termFrequencyAdjusted;
    }

    public int levels() {
        return labels.size();
    }

    public String label(int level) {
        return labels.get(level);
    }

    /** The level with this label; for tests and configuration. */
    public int level(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException(key + " has no level " + label);
        }
        return i;
    }

    /** The last level: clear disagreement. */
    public int different() {
        return labels.size() - 1;
    }
}
