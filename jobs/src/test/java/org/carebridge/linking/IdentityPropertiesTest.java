package org.carebridge.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many ranges the candidate pairs are split into for the comparison job. */
class IdentityPropertiesTest {

    @Test
    void theConfiguredNumberOfRangesIsUsedWhileEachStaysSmall() {
        assertThat(new IdentityProperties(4).rangesFor(1_000_000)).isEqualTo(4);
    }

    @Test
    void manyPairsGetMoreRangesSoThatNoneHoldsMoreThanFourMillion() {
        assertThat(new IdentityProperties(2).rangesFor(44_900_000)).isEqualTo(12);
    }

    @Test
    void thereAreNeverMoreRangesThanPairsNorFewerThanOne() {
        assertThat(new IdentityProperties(8).rangesFor(3)).isEqualTo(3);
        assertThat(new IdentityProperties(8).rangesFor(0)).isEqualTo(1);
    }

    @Test
    void zeroMeansOneRangePerCore() {
        assertThat(new IdentityProperties(0).compareRanges()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
