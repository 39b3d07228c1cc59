package org.carebridge.identity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.identity.compare.Comparisons.level;
import static org.carebridge.identity.testing.People.council;
import static org.carebridge.identity.testing.People.oxleas;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateOfBirthLevelsTest {

    private static String dob(LocalDate a, LocalDate b) {
        return level(Field.DATE_OF_BIRTH, council("1").dateOfBirth(a), oxleas("R1").dateOfBirth(b));
    }

    @Test
    void theSameDateIsExact() {
        assertThat(dob(LocalDate.of(1948, 3, 14), LocalDate.of(1948, 3, 14))).isEqualTo("exact");
    }

    @Test
    void dayAndMonthTransposedIsItsOwnLevel() {
        assertThat(dob(LocalDate.of(1948, 3, 11), LocalDate.of(1948, 11, 3))).isEqualTo("day_month_swapped");
    }

    @Test
    void oneMistypedDigitIsOneDigitOff() {
        assertThat(dob(LocalDate.of(1948, 3, 14), LocalDate.of(1958, 3, 14))).isEqualTo("one_digit");
    }

    @Test
    void twoAdjacentDigitsSwappedCountAsOneSlip() {
        assertThat(dob(LocalDate.of(1948, 3, 14), LocalDate.of(1984, 3, 14))).isEqualTo("one_digit");
    }

    @Test
    void aYearOutIsWithinAYear() {
        assertThat(dob(LocalDate.of(1949, 12, 31), LocalDate.of(1950, 12, 31))).isEqualTo("within_1_year");
    }

    @Test
    void farApartIsDifferentAndAbsentIsMissing() {
        assertThat(dob(LocalDate.of(1948, 3, 14), LocalDate.of(1962, 7, 2))).isEqualTo("different");
        assertThat(dob(null, LocalDate.of(1962, 7, 2))).isEqualTo("missing");
    }
}
