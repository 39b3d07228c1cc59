package org.carebridge.identity.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    @Test
    void diacriticsAndCaseAreRemoved() {
        assertThat(NameNormaliser.tokens("Zoë Åberg-Müller")).containsExactly("ZOE", "ABERG", "MULLER");
    }

    @Test
    void lettersWithoutDecompositionAreSpelledOut() {
        assertThat(NameNormaliser.tokens("Søren Łukasz")).containsExactly("SOREN", "LUKASZ");
    }

    @Test
    void apostrophesJoinAndOtherPunctuationSplits() {
        assertThat(NameNormaliser.tokens("O'Brien")).containsExactly("OBRIEN");
        assertThat(NameNormaliser.tokens("Smith-Jones")).containsExactly("SMITH", "JONES");
        assertThat(NameNormaliser.joined(NameNormaliser.tokens(" smith  jones "))).isEqualTo("SMITHJONES");
    }

    @Test
    void aLeadingTitleIsDroppedButATitleAloneIsKept() {
        assertThat(NameNormaliser.tokens("Mrs Ada")).containsExactly("ADA");
        assertThat(NameNormaliser.tokens("Miss")).containsExactly("MISS");
    }

    @Test
    void blankIsNoName() {
        assertThat(NameNormaliser.tokens("  - ")).isEmpty();
        assertThat(NameNormaliser.joined(NameNormaliser.tokens(null))).isNull();
    }
}
