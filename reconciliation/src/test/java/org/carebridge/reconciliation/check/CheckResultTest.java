package org.carebridge.reconciliation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.carebridge.reconciliation.testdata.Checks;
import org.junit.jupiter.api.Test;

class CheckResultTest {

    @Test
    void aCheckPassesWhenActualEqualsExpected() {
        CheckResult result = Checks.check("ledger-council-clients").expected(3400).actual(3400).build();

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.difference()).isEqualByComparingTo("0");
    }

    @Test
    void theDifferenceIsActualMinusExpected_andAnyDifferenceFailsWithoutTolerance() {
        CheckResult result = Checks.check("ledger-council-clients").expected(3400).actual(3398).build();

        assertThat(result.difference()).isEqualByComparingTo("-2");
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aDifferenceWithinTheToleranceOnEitherSidePasses() {
        CheckResult result = Checks.check("caseload-team").unit(Unit.CASELOAD_POINTS).expected("120.50")
                .actual("120.00").tolerance(Tolerance.absolute(new BigDecimal("0.50"))).build();

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.allowedDifference()).isEqualByComparingTo("0.50");
    }

    @Test
    void moneyIsComparedToThePenny() {
        CheckResult result = Checks.check("money-total").unit(Unit.POUNDS).expected("10450.10").actual("10450.11")
                .build();

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.difference()).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void moneyWithFractionsOfAPennyIsRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Checks.check("money-total").unit(Unit.POUNDS).expected("10.005").actual("10.00")
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("money-total").hasMessageContaining("round it explicitly");
    }

    @Test
    void aFractionalCountIsRefused() {
        assertThatThrownBy(() -> Checks.check("ledger-x").expected("10.5").actual("10").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResultWhoseStatusContradictsItsFiguresCannotBeBuilt() {
        CheckResult failing = Checks.failing("ledger-x");

        assertThatThrownBy(() -> new CheckResult(failing.check(), failing.expected(), failing.actual(),
                failing.difference(), failing.tolerance(), failing.allowedDifference(), CheckStatus.PASS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contradicts");
    }

    @Test
    void aResultWhoseDifferenceIsNotActualMinusExpectedCannotBeBuilt() {
        CheckResult passing = Checks.passing("ledger-x");

        assertThatThrownBy(() -> new CheckResult(passing.check(), passing.expected(), passing.actual(),
                BigDecimal.ONE, passing.tolerance(), passing.allowedDifference(), CheckStatus.PASS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actual - expected");
    }

    @Test
    void checkIdsAreLimitedToCharactersSafeInFileNamesAndConfigKeys() {
        assertThatThrownBy(() -> Checks.check("Ledger Clients").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checks.check("=cmd").build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(Checks.check("row-council-clients-2").build().id()).isEqualTo("row-council-clients-2");
    }
}
