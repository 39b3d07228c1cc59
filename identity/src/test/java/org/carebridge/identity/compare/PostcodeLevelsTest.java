package org.carebridge.identity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.identity.compare.Comparisons.level;
import static org.carebridge.identity.testing.People.council;
import static org.carebridge.identity.testing.People.oxleas;

import org.junit.jupiter.api.Test;

class PostcodeLevelsTest {

    private static String postcode(String a, String b) {
        return level(Field.POSTCODE, council("1").postcode(a), oxleas("R1").postcode(b));
    }

    @Test
    void theSamePostcodeKeyedDifferentlyIsFull() {
        assertThat(postcode("DA5 1AB", "da51ab")).isEqualTo("full");
    }

    @Test
    void anotherUnitInTheSameSectorAgreesOnTheSector() {
        assertThat(postcode("DA5 1AB", "DA5 1XY")).isEqualTo("sector");
    }

    @Test
    void anotherSectorInTheSameDistrictAgreesOnTheDistrict() {
        assertThat(postcode("DA5 1AB", "DA5 3XY")).isEqualTo("district");
    }

    @Test
    void aPartialPostcodeAgreesOnTheDistrictItShows() {
        assertThat(postcode("DA5", "DA5 1AB")).isEqualTo("district");
    }

    @Test
    void anotherDistrictIsDifferentAndAbsentIsMissing() {
        assertThat(postcode("DA5 1AB", "SE9 1AB")).isEqualTo("different");
        assertThat(postcode(null, "SE9 1AB")).isEqualTo("missing");
    }
}
