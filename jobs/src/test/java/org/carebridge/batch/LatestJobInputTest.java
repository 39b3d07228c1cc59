package org.carebridge.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LatestJobInputTest {

    private final LatestJobInput<Long, String> input = new LatestJobInput<>();
    private final AtomicInteger builds = new AtomicInteger();

    private Supplier<String> building(String value) {
        return () -> {
            builds.incrementAndGet();
            return value;
        };
    }

    @Test
    void theNextPartitionOfTheSameJobGetsWhatTheFirstBuilt() {
        String first = input.get(1L, building("cohort of job 1"));
        String second = input.get(1L, building("built again"));

        assertThat(second).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void anotherJobsPartitionBuildsItsOwnInput() {
        input.get(1L, building("cohort of job 1"));

        assertThat(input.get(2L, building("cohort of job 2"))).isEqualTo("cohort of job 2");
        assertThat(input.get(1L, building("cohort of job 1, again"))).isEqualTo("cohort of job 1, again");
        assertThat(builds).hasValue(3);
    }

    @Test
    void whatTheJobsOwnProcessHoldsIsUsedWithoutBuildingUntilReleased() {
        input.hold(1L, "the manager's set");

        assertThat(input.get(1L, building("built"))).isEqualTo("the manager's set");
        input.release(1L);
        assertThat(input.get(1L, building("built"))).isEqualTo("built");
        assertThat(builds).hasValue(1);
    }

    @Test
    void releasingAnotherJobKeepsTheInput() {
        input.get(1L, building("cohort of job 1"));

        input.release(2L);

        assertThat(input.get(1L, building("built again"))).isEqualTo("cohort of job 1");
        assertThat(builds).hasValue(1);
    }
}
