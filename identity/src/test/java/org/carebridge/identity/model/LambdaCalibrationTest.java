package org.carebridge.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LambdaCalibrationTest {

    @Test
    void clearMatchesAmongTheCandidatesSetTheMatchShareOfAllPairs() {
        double[] factors = new double[1_100];
        for (int i = 0; i < 1_000; i++) {
            factors[i] = 40;
        }
        for (int i = 1_000; i < 1_100; i++) {
            factors[i] = -40;
        }
        double totalPairs = 1e8;

        double lambda = ModelTrainer.calibrateLambda(factors, totalPairs, 1e-3)[0];

        assertThat(lambda * totalPairs).isCloseTo(1_000, within(1.0));
    }

    @Test
    void theFixedPointDoesNotDependOnTheStart() {
        double[] factors = {30, 25, 20, 12, 5, 0, -5, -20};
        double fromLow = ModelTrainer.calibrateLambda(factors, 1e6, 1e-10)[0];
        double fromHigh = ModelTrainer.calibrateLambda(factors, 1e6, 0.1)[0];
        assertThat(fromLow).isCloseTo(fromHigh, within(fromHigh * 1e-4));
    }
}
