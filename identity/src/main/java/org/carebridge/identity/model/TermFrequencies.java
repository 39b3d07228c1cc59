package org.carebridge.identity.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.identity.compare.Field;
import org.carebridge.identity.normalise.NormalisedPerson;

/**
 * How common each field value is among the run's records. Gives, per field, the chance that two random
 * records agree exactly (the exact level's u), and per record the frequency of its own value, which
 * replaces that u when the pair agrees exactly: agreeing on {@code SMITH} is weaker evidence than
 * agreeing on {@code OYELARAN}.
 */
public final class TermFrequencies {

    private final double[] exactAgreement = new double[Field.values().length];
    private final double[][] log2Frequency;

    private TermFrequencies(int records) {
        this.log2Frequency = new double[Field.values().length][records];
    }

    public static TermFrequencies count(List<NormalisedPerson> people) {
        TermFrequencies tf = new TermFrequencies(people.size());
        for (Field field : Field.values()) {
            Map<String, Integer> counts = new HashMap<>();
            long present = 0;
            for (NormalisedPerson p : people) {
                String value = value(field, p);
                if (value != null) {
                    counts.merge(value, 1, Integer::sum);
                    present++;
                }
            }
            double agreement = 0;
            for (int count : counts.values()) {
                double share = (double) count / present;
                agreement += share * share;
            }
            tf.exactAgreement[field.ordinal()] = agreement;
            double[] logs = tf.log2Frequency[field.ordinal()];
            for (NormalisedPerson p : people) {
                String value = value(field, p);
                logs[p.index()] = value == null ? Double.NaN : log2((double) counts.get(value) / present);
            }
        }
        return tf;
    }

    /** The chance that two records drawn at random, both with a value, agree exactly on {@code field}. */
    public double exactAgreement(Field field) {
        return exactAgreement[field.ordinal()];
    }

    /** log2 of the share of records holding this record's value; NaN when it has none. */
    public double log2Frequency(Field field, int recordIndex) {
        return log2Frequency[field.ordinal()][recordIndex];
    }

    static String value(Field field, NormalisedPerson p) {
        switch (field) {
            case FORENAME:
                return p.forename();
            case SURNAME:
                return p.surname();
            case DATE_OF_BIRTH:
                return p.dateOfBirthDigits();
            case POSTCODE:
                return p.postcode() == null ? null : p.postcode().full();
            case GENDER:
                return p.gender().isInformative() ? p.gender().code() : null;
            case NHS_NUMBER:
                return p.nhsNumber();
            default:
                throw new IllegalStateException("unknown field " + field);
        }
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
