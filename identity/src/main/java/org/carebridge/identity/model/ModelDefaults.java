package org.carebridge.identity.model;

import org.carebridge.identity.compare.Field;

/**
 * Starting values for m (and fallback u) before the data speak: typical shares from record-linkage
 * practice for administrative person data. EM starts from these and, where a session has too few
 * matches to learn from, they stand.
 */
final class ModelDefaults {

    private ModelDefaults() {
    }

    static double[][] m() {
        double[][] m = new double[Field.values().length][];
        m[Field.FORENAME.ordinal()] = new double[] {0, 0.80, 0.04, 0.05, 0.03, 0.02, 0.03, 0.03};
        m[Field.SURNAME.ordinal()] = new double[] {0, 0.85, 0.02, 0.05, 0.02, 0.03, 0.03};
        m[Field.DATE_OF_BIRTH.ordinal()] = new double[] {0, 0.90, 0.02, 0.04, 0.01, 0.03};
        m[Field.POSTCODE.ordinal()] = new double[] {0, 0.70, 0.05, 0.05, 0.20};
        m[Field.GENDER.ordinal()] = new double[] {0, 0.98, 0.02};
        m[Field.NHS_NUMBER.ordinal()] = new double[] {0, 0.97, 0.03};
        return m;
    }

    static double[][] u() {
        double[][] u = new double[Field.values().length][];
        u[Field.FORENAME.ordinal()] = new double[] {0, 0.01, 0.002, 0.005, 0.005, 0.002, 0.1, 0.876};
        u[Field.SURNAME.ordinal()] = new double[] {0, 0.005, 0.0005, 0.003, 0.003, 0.1, 0.8885};
        u[Field.DATE_OF_BIRTH.ordinal()] = new double[] {0, 0.00005, 0.00001, 0.0005, 0.0001, 0.99934};
        u[Field.POSTCODE.ordinal()] = new double[] {0, 0.0001, 0.002, 0.02, 0.9779};
        u[Field.GENDER.ordinal()] = new double[] {0, 0.5, 0.5};
        u[Field.NHS_NUMBER.ordinal()] = new double[] {0, 0.00001, 0.99999};
        return u;
    }
}
