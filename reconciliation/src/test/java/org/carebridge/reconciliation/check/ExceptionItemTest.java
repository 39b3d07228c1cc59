package org.carebridge.reconciliation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.reconciliation.testdata.Exceptions;
import org.junit.jupiter.api.Test;

class ExceptionItemTest {

    @Test
    void anExceptionNeedsAKeyOnAtLeastOneSide() {
        assertThatThrownBy(() -> Exceptions.exceptionOf("ledger-x").sourceKey(null).mergedKey(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ledger-x");
    }

    @Test
    void detailTextShapedLikeAnNhsNumberIsRedacted() {
        ExceptionItem item = Exceptions.exceptionOf("identity").detail("NHS number 943 476 5919 differs").build();

        assertThat(item.detail()).isEqualTo("NHS number [redacted] differs");
    }

    @Test
    void detailTextShapedLikeADateOrPostcodeIsRedacted() {
        ExceptionItem item = Exceptions.exceptionOf("identity")
                .detail("born 1950-02-03 or 03/02/1950, lives DA7 4HJ").build();

        assertThat(item.detail()).isEqualTo("born [redacted] or [redacted], lives [redacted]");
    }

    @Test
    void detailNamingColumnsAndRulesIsKeptAsWritten() {
        ExceptionItem item = Exceptions.exceptionOf("row-council-services")
                .detail("columns UNIT_COST, COST_FREQUENCY differ; rule CLD-3 broken").build();

        assertThat(item.detail()).isEqualTo("columns UNIT_COST, COST_FREQUENCY differ; rule CLD-3 broken");
    }
}
