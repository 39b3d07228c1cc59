package org.carebridge.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "DA7 4QT, DA7 4QT, DA7, DA7 4",
            "da74qt, DA7 4QT, DA7, DA7 4",
            "'  se28  8ab ', SE28 8AB, SE28, SE28 8",
            "BR5 1AA, BR5 1AA, BR5, BR5 1",
            "NOT KNOWN, null, null, null",
            "DA7, null, null, null"})
    void normalFormDistrictAndSector(String keyed, String normal, String district, String sector) {
        assertThat(Postcodes.normalise(keyed)).isEqualTo(normal);
        assertThat(Postcodes.district(keyed)).isEqualTo(district);
        assertThat(Postcodes.sector(keyed)).isEqualTo(sector);
    }
}
