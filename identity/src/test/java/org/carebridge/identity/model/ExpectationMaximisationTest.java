package org.carebridge.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.Field;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

    /** Draws a level from a distribution over levels 1.. (level 0, missing, is never drawn). */
    private static int draw(double[] p, SplittableRandom random) {
        double u = random.nextDouble();
        for (int level = 1; level < p.length; level++) {
            u -= p[level];
            if (u <= 0) {
                return level;
            }
        }
        return p.length - 1;
    }

    @Test
    void emRecoversTheMProbabilitiesAndTheMatchShareThatGeneratedTheData() {
        double[][] trueM = ModelDefaults.m();
        trueM[Field.FORENAME.ordinal()] = new double[] {0, 0.70, 0.05, 0.10, 0.05, 0.02, 0.03, 0.05};
        trueM[Field.POSTCODE.ordinal()] = new double[] {0, 0.60, 0.10, 0.10, 0.20};
        double[][] u = ModelDefaults.u();
        u[Field.FORENAME.ordinal()] = new double[] {0, 0.02, 0.01, 0.01, 0.01, 0.01, 0.10, 0.84};
        u[Field.SURNAME.ordinal()] = new double[] {0, 0.01, 0.005, 0.01, 0.01, 0.10, 0.865};
        u[Field.POSTCODE.ordinal()] = new double[] {0, 0.01, 0.03, 0.10, 0.86};
        u[Field.NHS_NUMBER.ordinal()] = new double[] {0, 0.001, 0.999};
        double lambda = 0.2;
        PatternCounts data = new PatternCounts();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            double[][] source = random.nextDouble() < lambda ? trueM : u;
            int vector = 0;
            for (Field f : Field.values()) {
                if (f != Field.DATE_OF_BIRTH) {
                    vector = ComparisonVector.with(vector, f, draw(source[f.ordinal()], random));
                }
            }
            data.add(vector);
        }
        boolean[] estimate = {true, true, false, true, true, true};

        ExpectationMaximisation.Result result = new ExpectationMaximisation(500, 1e-7, 1.0)
                .run(data, u, ModelDefaults.m(), 0.5, estimate);

        assertThat(result.converged()).isTrue();
        assertThat(result.lambda()).isCloseTo(lambda, within(0.01));
        for (Field f : new Field[] {Field.FORENAME, Field.SURNAME, Field.POSTCODE, Field.NHS_NUMBER}) {
            for (int level = 1; level < f.levels(); level++) {
                assertThat(result.m()[f.ordinal()][level]).as(f + " " + f.label(level))
                        .isCloseTo(trueM[f.ordinal()][level], within(0.02));
            }
        }
    }

    @Test
    void fieldsNotEstimatedKeepTheirStartingValues() {
        PatternCounts data = new PatternCounts();
        data.add(ComparisonVector.of(1, 1, 5, 1, 1, 1), 50);
        data.add(ComparisonVector.of(7, 6, 5, 4, 2, 2), 500);
        boolean[] estimate = {true, true, false, true, true, true};

        ExpectationMaximisation.Result result = new ExpectationMaximisation(100, 1e-6, 1.0)
                .run(data, ModelDefaults.u(), ModelDefaults.m(), 0.5, estimate);

        assertThat(result.m()[Field.DATE_OF_BIRTH.ordinal()]).containsExactly(ModelDefaults.m()[Field.DATE_OF_BIRTH.ordinal()]);
    }
}
