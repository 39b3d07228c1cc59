package org.carebridge.identity.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    private final SharedValues shared = new SharedValues();

    @Test
    void equalValuesReadSeparatelyBecomeOneInstance() {
        String first = shared.of(new String("QUARMBY"));
        String second = shared.of(new String("QUARMBY"));

        assertThat(second).isSameAs(first);
        assertThat(shared.size()).isEqualTo(1);
    }

    @Test
    void differentValuesStayThemselves() {
        LocalDate born = LocalDate.of(1950, 1, 2);

        assertThat(shared.of(born)).isSameAs(born);
        assertThat(shared.of(LocalDate.of(1950, 1, 3))).isNotEqualTo(born);
        assertThat(shared.size()).isEqualTo(2);
    }

    @Test
    void nullStaysNullAndIsNotKept() {
        assertThat(shared.<String>of(null)).isNull();
        assertThat(shared.size()).isZero();
    }
}
