package org.carebridge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

    @Test
    void unsetValuesTakeTheDefaultsOfTheBrief() {
        GeneratorSettings settings = GeneratorSettings.builder().people(10).build();

        assertThat(settings.asOf()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(settings.defectRate()).isEqualTo(0.005);
    }

    @Test
    void refusesNoPeopleAndImpossibleRates() {
        assertThatThrownBy(() -> GeneratorSettings.builder().people(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("people");
        assertThatThrownBy(() -> GeneratorSettings.builder().defectRate(-0.1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defectRate");
        assertThatThrownBy(() -> GeneratorSettings.builder().defectRate(Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
