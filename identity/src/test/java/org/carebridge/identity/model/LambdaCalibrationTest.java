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

    @Test
    void evidenceCountedInPartsAndInAnyOrderGivesTheSameLambdaToTheLastBit() {
        java.util.Random random = new java.util.Random(5);
        double[] factors = new double[20_000];
        for (int i = 0; i < factors.length; i++) {
            factors[i] = random.nextDouble() < 0.05 ? 20 + random.nextGaussian() * 5 : -10 + random.nextGaussian() * 4;
        }
        double inOne = ModelTrainer.calibrateLambda(factors, 1e9, 1e-4)[0];

        EvidenceHistogram[] parts = {new EvidenceHistogram(), new EvidenceHistogram(), new EvidenceHistogram()};
        for (int i = factors.length - 1; i >= 0; i--) {
            parts[i % 3].add(factors[i]);
        }
        parts[2].addAll(parts[0]);
        parts[2].addAll(parts[1]);
        double combined = ModelTrainer.calibrateLambda(parts[2], 1e9, 1e-4)[0];

        assertThat(combined).isEqualTo(inOne);
    }
}
