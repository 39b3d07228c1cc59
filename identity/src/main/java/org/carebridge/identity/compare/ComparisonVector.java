package org.carebridge.identity.compare;

import java.util.StringJoiner;

/**
 * A pair's comparison levels packed into one {@code int} (four bits per field in {@link Field} order,
 * plus flags), so that millions of candidate pairs fit in an array and EM can count patterns cheaply.
 */
public final class ComparisonVector {

    private static final int BITS = 4;
    private static final int MASK = (1 << BITS) - 1;
    /** Set when the names agreed only with forename and surname swapped. */
    public static final int NAMES_SWAPPED = 1 << 28;
    /** The bits that hold levels; flags do not change a pattern's probabilities. */
    public static final int LEVEL_BITS = (1 << (BITS * Field.values().length)) - 1;

    private ComparisonVector() {
    }

    public static int level(int vector, Field field) {
        return (vector >>> (BITS * field.ordinal())) & MASK;
    }

    public static int with(int vector, Field field, int level) {
        int shift = BITS * field.ordinal();
        return (vector & ~(MASK << shift)) | (level << shift);
    }

    public static int of(int forename, int surname, int dob, int postcode, int gender, int nhs) {
        int v = 0;
        v = with(v, Field.FORENAME, forename);
        v = with(v, Field.SURNAME, surname);
        v = with(v, Field.DATE_OF_BIRTH, dob);
        v = with(v, Field.POSTCODE, postcode);
        v = with(v, Field.GENDER, gender);
        return with(v, Field.NHS_NUMBER, nhs);
    }

    public static boolean namesSwapped(int vector) {
        return (vector & NAMES_SWAPPED) != 0;
    }

    /** Agreement levels per field, e.g. {@code forename=exact;surname=jw>0.92;dob=exact} — never values. */
    public static String evidence(int vector) {
        StringJoiner joiner = new StringJoiner(";");
        for (Field field : Field.values()) {
            joiner.add(field.key() + "=" + field.label(level(vector, field)));
        }
        if (namesSwapped(vector)) {
            joiner.add("names=swapped");
        }
        return joiner.toString();
    }
}
