package org.carebridge.identity.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodeTest {

    @Test
    void anySpacingAndCaseGivesTheNormalForm() {
        Postcode p = Postcode.parse(" da51ab ");
        assertThat(p.full()).isEqualTo("DA5 1AB");
        assertThat(p.sector()).isEqualTo("DA5 1");
        assertThat(p.district()).isEqualTo("DA5");
    }

    @Test
    void twoDigitDistrictsAndLetterDistrictsParse() {
        assertThat(Postcode.parse("DA14 6NR").district()).isEqualTo("DA14");
        assertThat(Postcode.parse("W1A 1AA").sector()).isEqualTo("W1A 1");
    }

    @Test
    void anOutwardCodeAloneIsAPartialPostcode() {
        Postcode p = Postcode.parse("se9");
        assertThat(p.full()).isNull();
        assertThat(p.sector()).isNull();
        assertThat(p.district()).isEqualTo("SE9");
    }

    @Test
    void outwardCodeAndSectorDigitKeepTheSector() {
        Postcode p = Postcode.parse("SE9 4");
        assertThat(p.full()).isNull();
        assertThat(p.sector()).isEqualTo("SE9 4");
    }

    @Test
    void textThatIsNoUkPostcodeIsKeptWholeForExactComparisonOnly() {
        Postcode p = Postcode.parse("4223");
        assertThat(p.full()).isEqualTo("4223");
        assertThat(p.sector()).isNull();
        assertThat(p.district()).isNull();
    }

    @Test
    void nothingKeyedIsNoPostcode() {
        assertThat(Postcode.parse(" ")).isNull();
        assertThat(Postcode.parse(null)).isNull();
    }
}
