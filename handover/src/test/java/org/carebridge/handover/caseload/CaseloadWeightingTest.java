package org.carebridge.handover.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carebridge.handover.fixtures.ClientBuilder.client;

import org.carebridge.handover.model.ClientFlag;
import org.junit.jupiter.api.Test;

class CaseloadWeightingTest {

    private final CaseloadWeighting weighting = CaseloadWeighting.defaults();

    @Test
    void plainClientCostsTheBase() {
        assertThat(weighting.pointsFor(client("P1").withFlags().build())).isEqualTo(3);
    }

    @Test
    void mentalHealthAloneAddsNothing() {
        assertThat(weighting.pointsFor(client("P1").withFlags(ClientFlag.MH).build())).isEqualTo(3);
    }

    @Test
    void eachComplexityFlagAddsItsPoints() {
        assertThat(weighting.pointsFor(client("P1").withFlags(ClientFlag.CPA).build())).isEqualTo(4);
        assertThat(weighting.pointsFor(client("P1").withFlags(ClientFlag.S117).build())).isEqualTo(4);
        assertThat(weighting.pointsFor(client("P1").withFlags(ClientFlag.CTO).build())).isEqualTo(4);
        assertThat(weighting.pointsFor(client("P1").withFlags(ClientFlag.HIGH_RISK).build())).isEqualTo(5);
    }

    @Test
    void flagsAddUp() {
        assertThat(weighting.pointsFor(client("P1").withFlags(ClientFlag.MH, ClientFlag.CPA, ClientFlag.S117,
                ClientFlag.CTO, ClientFlag.HIGH_RISK).build())).isEqualTo(8);
    }

    @Test
    void baseMustBePositive() {
        assertThatThrownBy(() -> new CaseloadWeighting(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
