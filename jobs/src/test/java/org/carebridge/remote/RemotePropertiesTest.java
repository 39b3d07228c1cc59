package org.carebridge.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RemotePropertiesTest {

    private final RemoteProperties defaults = new RemoteProperties(false, null, null, 0, null, null, null);

    @Test
    void offByDefaultWithTheLocalBrokerAndOneQueuePerPartitionedStep() {
        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.broker().address()).isEqualTo("127.0.0.1:5672");
        assertThat(defaults.broker().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.queueFor(RemoteManagerSteps.STAGING_WORKER_STEP)).isEqualTo("carebridge.partitions.staging");
        assertThat(defaults.queueFor(RemoteManagerSteps.LOAD_WORKER_STEP)).isEqualTo("carebridge.partitions.load");
        // both steps of reconciliation's source pass share one queue
        assertThat(defaults.queueFor(RemoteManagerSteps.RECONCILE_WORKER_STEP))
                .isEqualTo("carebridge.partitions.reconciliation");
        assertThat(defaults.queueFor(RemoteManagerSteps.RECONCILE_REFERRALS_WORKER_STEP))
                .isEqualTo("carebridge.partitions.reconciliation");
        assertThat(defaults.workerConcurrency()).isOne();
    }

    @Test
    void aStepNoQueueCarriesIsRefused() {
        assertThatThrownBy(() -> defaults.queueFor("applySetRules")).hasMessageContaining("applySetRules");
    }

    @Test
    void theBrokerPasswordNeverShowsInTheSettingsText() {
        RemoteProperties.Broker broker = new RemoteProperties.Broker("rabbit.trust.nhs.uk", 5671, "carebridge",
                "s3cret-Pa55", "/migration", null);

        assertThat(broker.toString()).contains("carebridge@rabbit.trust.nhs.uk:5671").doesNotContain("s3cret");
        assertThat(new RemoteProperties(true, broker, null, 2, null, null, null).toString()).doesNotContain("s3cret");
    }
}
