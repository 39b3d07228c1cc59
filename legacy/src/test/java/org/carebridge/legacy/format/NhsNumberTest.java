package org.carebridge.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.legacy.format.NhsNumber.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NhsNumberTest {

    // Worked examples from shared/reference/nhs_number_examples.csv (computed from the NHS Data Dictionary rule).
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "943 476 5919, VALID",
            "9434765919, VALID",
            "943-476-5919, VALID",
            "9434765918, CHECK_DIGIT_FAILS",
            "987 654 4321, CHECK_DIGIT_FAILS",
            "999 123 4560, CHECK_DIGIT_FAILS",
            "0000000000, PLACEHOLDER",
            "9999999999, PLACEHOLDER",
            "1111111111, PLACEHOLDER",
            "0123456789, PLACEHOLDER",
            "94347659, NOT_TEN_DIGITS",
            "94347659AB, NOT_TEN_DIGITS",
            "'', BLANK"
    })
    void checksTheModulus11RuleAndPlaceholders(String keyed, Verdict expected) {
        assertThat(NhsNumber.check(keyed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"999000001, 8", "943476591, 9"})
    void computesTheCheckDigit(String firstNine, int check) {
        assertThat(NhsNumber.checkDigit(firstNine)).contains(check);
    }

    @ParameterizedTest
    @CsvSource({"999123456"})
    void noNumberStartsWithDigitsWhoseRemainderGivesTen(String firstNine) {
        assertThat(NhsNumber.checkDigit(firstNine)).isEmpty();
    }
}
