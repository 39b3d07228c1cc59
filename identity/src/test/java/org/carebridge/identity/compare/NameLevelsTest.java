package org.carebridge.identity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.identity.compare.Comparisons.level;
import static org.carebridge.identity.compare.Comparisons.vector;
import static org.carebridge.identity.testing.People.council;
import static org.carebridge.identity.testing.People.oxleas;

import org.junit.jupiter.api.Test;

class NameLevelsTest {

    @Test
    void theSameNameInAnyCaseAndAccentIsExact() {
        assertThat(level(Field.FORENAME, council("1").forename("Zébédée"), oxleas("R1").forename("ZEBEDEE")))
                .isEqualTo("exact");
    }

    @Test
    void aNicknameIsAnAlias() {
        assertThat(level(Field.FORENAME, council("1").forename("William"), oxleas("R1").forename("Bill")))
                .isEqualTo("alias");
    }

    @Test
    void aPreferredNameOrMiddleNameIsAnAlias() {
        assertThat(level(Field.FORENAME, council("1").forename("Albert").preferredName("Zeb"),
                oxleas("R1").forename("Zeb"))).isEqualTo("alias");
        assertThat(level(Field.FORENAME, council("1").forename("Albert").middleNames("Zebedee"),
                oxleas("R1").forename("Zebedee"))).isEqualTo("alias");
    }

    @Test
    void aTypoFallsInAJaroWinklerBand() {
        assertThat(level(Field.FORENAME, council("1").forename("Zebedee"), oxleas("R1").forename("Zebedie")))
                .isEqualTo("jw>0.92");
    }

    @Test
    void anInitialAgreesOnlyAsAnInitial() {
        assertThat(level(Field.FORENAME, council("1").forename("Z"), oxleas("R1").forename("Zebedee")))
                .isEqualTo("initial");
        assertThat(level(Field.FORENAME, council("1").forename("A"), oxleas("R1").forename("Zebedee")))
                .isEqualTo("different");
    }

    @Test
    void unrelatedNamesAreDifferentAndAnAbsentNameIsMissing() {
        assertThat(level(Field.FORENAME, council("1").forename("Ann"), oxleas("R1").forename("Zebedee")))
                .isEqualTo("different");
        assertThat(level(Field.FORENAME, council("1").forename(null), oxleas("R1"))).isEqualTo("missing");
    }

    @Test
    void onePartOfADoubleBarrelledSurnameAgreesAsPart() {
        assertThat(level(Field.SURNAME, council("1").surname("Quarmby-Hughes"), oxleas("R1").surname("Quarmby")))
                .isEqualTo("part");
    }

    @Test
    void aDoubleBarrelledSurnameKeyedWithASpaceIsExact() {
        assertThat(level(Field.SURNAME, council("1").surname("Quarmby-Hughes"), oxleas("R1").surname("Quarmby Hughes")))
                .isEqualTo("exact");
    }

    @Test
    void swappedForenameAndSurnameAgreeCrosswiseAndAreFlagged() {
        int v = vector(council("1"), oxleas("R1").forename("Quarmby").surname("Zebedee"));
        assertThat(ComparisonVector.namesSwapped(v)).isTrue();
        assertThat(Field.FORENAME.label(ComparisonVector.level(v, Field.FORENAME))).isEqualTo("jw>0.92");
        assertThat(Field.SURNAME.label(ComparisonVector.level(v, Field.SURNAME))).isEqualTo("jw>0.92");
    }

    @Test
    void namesThatAgreeStraightAreNotFlaggedAsSwapped() {
        assertThat(ComparisonVector.namesSwapped(vector(council("1"), oxleas("R1")))).isFalse();
    }
}
