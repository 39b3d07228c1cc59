package org.carebridge.legacy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.legacy.format.NhsNumber;
import org.carebridge.legacy.format.NhsNumber.Verdict;
import org.junit.jupiter.api.Test;

/** Properties of the NHS number rule: total on any text, exact on real numbers, blind to no single slip. */
class NhsNumberFuzzTest {

    @Test
    void anyTextGetsAVerdictAndOnlyAValidOneGivesANumber() {
        Fuzz.check("any keyed text", 2_000, HostileInput::text, keyed -> {
            Verdict verdict = NhsNumber.check(keyed);
            assertThat(verdict).isNotNull();
            assertThat(NhsNumber.valid(keyed).isPresent()).isEqualTo(verdict == Verdict.VALID);
            NhsNumber.valid(keyed).ifPresent(n -> assertThat(n).matches("\\d{10}"));
        });
    }

    @Test
    void aValidNumberKeyedPlainSpacedOrHyphenatedIsValidAndNormalisesToItsDigits() {
        Fuzz.check("valid numbers round-trip", 2_000, HostileInput::validNhsNumber, number -> {
            String spaced = number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);
            String hyphenated = spaced.replace(' ', '-');
            for (String keyed : new String[]{number, spaced, hyphenated, " " + spaced + " "}) {
                assertThat(NhsNumber.check(keyed)).as(keyed).isEqualTo(Verdict.VALID);
                assertThat(NhsNumber.valid(keyed)).contains(number);
            }
        });
    }

    @Test
    void changingAnyOneDigitOfAValidNumberIsAlwaysCaught() {
        Fuzz.check("one digit changed", 2_000, random -> {
            char[] digits = HostileInput.validNhsNumber(random).toCharArray();
            int at = random.nextInt(10);
            digits[at] = (char) ('0' + (digits[at] - '0' + 1 + random.nextInt(9)) % 10);
            return new String(digits);
        }, changed -> assertThat(NhsNumber.check(changed)).isNotEqualTo(Verdict.VALID));
    }

    @Test
    void swappingTwoDifferentNeighbouringDigitsIsAlwaysCaught() {
        Fuzz.check("neighbours swapped", 1_000, random -> {
            char[] digits = HostileInput.validNhsNumber(random).toCharArray();
            int at = random.nextInt(9);
            while (digits[at] == digits[at + 1]) {
                digits = HostileInput.validNhsNumber(random).toCharArray();
            }
            char first = digits[at];
            digits[at] = digits[at + 1];
            digits[at + 1] = first;
            return new String(digits);
        }, swapped -> assertThat(NhsNumber.check(swapped)).isNotEqualTo(Verdict.VALID));
    }
}
