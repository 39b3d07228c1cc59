package org.carebridge.generator.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.carebridge.generator.random.Rng;
import org.junit.jupiter.api.Test;

class KeyingTest {

    @Test
    void aTypoIsOneOrTwoCharacterEditsAway() {
        for (int i = 0; i < 500; i++) {
            Rng rng = Rng.of(1, 2, i);
            String typed = Keying.typo("Margaret", rng);

            assertThat(typed).isNotEqualTo("Margaret");
            assertThat(LevenshteinDistance.getDefaultInstance().apply("Margaret", typed)).isBetween(1, 4);
        }
    }

    @Test
    void spacedNhsNumbersNormaliseBackToTheNumber() {
        for (int i = 0; i < 50; i++) {
            String spaced = Keying.spaced("9990001234", Rng.of(3, 4, i));

            assertThat(spaced).isNotEqualTo("9990001234").matches("999[ -]000[ -]1234");
        }
    }

    @Test
    void messyPostcodesFitTheColumnAndKeepTheirCharacters() {
        for (int i = 0; i < 50; i++) {
            String messy = Keying.messyPostcode("DA17 4AB", Rng.of(5, 6, i));

            assertThat(messy.length()).isLessThanOrEqualTo(10);
            assertThat(messy.replace(" ", "").toUpperCase()).isEqualTo("DA174AB");
        }
    }
}
