package org.carebridge.reconciliation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TolerancesTest {

    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("reconciliation.yml"), text);
    }

    @Test
    void aCheckWithoutAConfiguredToleranceMustMatchExactly() throws IOException {
        Tolerances tolerances = Tolerances.load(yaml("""
                carebridge:
                  reconciliation:
                    tolerances:
                      caseload-team: { absolute: 0.5 }
                """));

        assertThat(tolerances.forCheck("money-total")).isEqualTo(Tolerance.ZERO);
    }

    @Test
    void configuredRulesAreReadExactly() throws IOException {
        Tolerances tolerances = Tolerances.load(yaml("""
                carebridge:
                  reconciliation:
                    tolerances:
                      caseload-team: { absolute: 0.5 }
                      key-dates-referrals: { percent: 0.1, absolute: 3 }
                """));

        assertThat(tolerances.forCheck("caseload-team"))
                .isEqualTo(new Tolerance(new BigDecimal("0.5"), null));
        assertThat(tolerances.forCheck("key-dates-referrals"))
                .isEqualTo(new Tolerance(new BigDecimal("3"), new BigDecimal("0.1")));
    }

    @Test
    void aMissingFileOrSectionMeansZeroEverywhere() throws IOException {
        assertThat(Tolerances.load(dir.resolve("absent.yml")).configured()).isEmpty();
        assertThat(Tolerances.load(yaml("carebridge:\n  merged-teams: []\n")).configured()).isEmpty();
    }

    @Test
    void theProjectsOwnConfigurationFileLoadsAndGrantsNoTolerance() {
        Path config = Path.of("..", "config", "reconciliation.yml");

        assertThat(Tolerances.load(config).configured()).isEmpty();
    }

    @Test
    void anUnknownKeyIsRefusedWithTheCheckIdRatherThanIgnored() throws IOException {
        Path file = yaml("""
                carebridge:
                  reconciliation:
                    tolerances:
                      money-total: { absolut: 1 }
                """);

        assertThatThrownBy(() -> Tolerances.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("money-total").hasMessageContaining("absolut");
    }

    @Test
    void aNegativeToleranceIsRefused() throws IOException {
        Path file = yaml("""
                carebridge:
                  reconciliation:
                    tolerances:
                      money-total: { absolute: -1 }
                """);

        assertThatThrownBy(() -> Tolerances.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("money-total");
    }
}
