package org.carebridge.reconciliation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ToleranceTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void theDefaultToleranceAllowsNoDifferenceAtAll() {
        assertThat(Tolerance.ZERO.allows(d("0"), d("1000"), Unit.ROWS)).isTrue();
        assertThat(Tolerance.ZERO.allows(d("1"), d("1000"), Unit.ROWS)).isFalse();
        assertThat(Tolerance.ZERO.allows(d("-0.01"), d("1000.00"), Unit.POUNDS)).isFalse();
    }

    @Test
    void anAbsoluteToleranceAllowsDifferencesUpToItsAmountInEitherDirection() {
        Tolerance fivePounds = Tolerance.absolute(d("5.00"));

        assertThat(fivePounds.allows(d("5.00"), d("100.00"), Unit.POUNDS)).isTrue();
        assertThat(fivePounds.allows(d("-5.00"), d("100.00"), Unit.POUNDS)).isTrue();
        assertThat(fivePounds.allows(d("5.01"), d("100.00"), Unit.POUNDS)).isFalse();
    }

    @Test
    void aPercentageToleranceIsTakenOfTheExpectedFigure() {
        Tolerance onePercent = Tolerance.percent(d("1"));

        assertThat(onePercent.allowedDifference(d("2500"), Unit.ROWS)).isEqualByComparingTo("25");
        assertThat(onePercent.allows(d("-25"), d("2500"), Unit.ROWS)).isTrue();
        assertThat(onePercent.allows(d("26"), d("2500"), Unit.ROWS)).isFalse();
    }

    @Test
    void givenBothRules_thenTheStricterApplies() {
        Tolerance both = new Tolerance(d("10"), d("1"));

        assertThat(both.allowedDifference(d("200"), Unit.ROWS)).isEqualByComparingTo("2");
        assertThat(both.allowedDifference(d("5000"), Unit.ROWS)).isEqualByComparingTo("10");
    }

    @Test
    void aPercentageOfMoneyNeverAllowsAFractionOfAPenny() {
        Tolerance tiny = Tolerance.percent(d("0.1"));

        assertThat(tiny.allowedDifference(d("12.34"), Unit.POUNDS)).isEqualByComparingTo("0.01");
        assertThat(tiny.allowedDifference(d("9.99"), Unit.POUNDS)).isEqualByComparingTo("0.00");
    }

    @Test
    void aPercentageOfACountIsRoundedDownToWholeRows() {
        assertThat(Tolerance.percent(d("1")).allowedDifference(d("199"), Unit.ROWS)).isEqualByComparingTo("1");
    }

    @Test
    void negativeOrImpossibleTolerancesAreRefused() {
        assertThatThrownBy(() -> Tolerance.absolute(d("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.percent(d("101"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRuleIsDescribedInPlainWords() {
        assertThat(Tolerance.ZERO.describe()).isEqualTo("exact match");
        assertThat(new Tolerance(d("5.00"), d("0.50")).describe()).isEqualTo("±5 and ±0.5% of expected");
    }
}
