package org.carebridge.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.carebridge.batch.ProcessOwner;
import org.junit.jupiter.api.Test;

class PartitionHealthTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);
    private final Set<Long> alive = Set.of(100L);
    private final PartitionHealth health = new PartitionHealth("manager-host", alive::contains, Duration.ofMinutes(10),
            Duration.ofMinutes(2));

    @Test
    void aWorkerOnThisMachineWhoseProcessIsGoneIsDeadAtOnceEvenWithFreshProgress() {
        assertThat(health.deadWorker(new ProcessOwner("manager-host", 200), NOW, NOW))
                .hasValueSatisfying(why -> assertThat(why).contains("manager-host:200", "stopped while running it"));
    }

    @Test
    void aWorkerOnThisMachineWhoseProcessRunsIsAliveEvenWithoutProgressForLong() {
        assertThat(health.deadWorker(new ProcessOwner("manager-host", 100), NOW.minusHours(3), NOW)).isEmpty();
    }

    @Test
    void aWorkerOnAnotherMachineIsAliveWhileItCommitsWithinTheSilenceTimeout() {
        assertThat(health.deadWorker(new ProcessOwner("worker-host", 200), NOW.minusMinutes(10), NOW)).isEmpty();
    }

    @Test
    void aWorkerOnAnotherMachineSilentForLongerThanTheTimeoutIsDead() {
        assertThat(health.deadWorker(new ProcessOwner("worker-host", 200), NOW.minusMinutes(10).minusSeconds(1), NOW))
                .hasValueSatisfying(why -> assertThat(why).contains("worker-host:200", "no progress", "600 s"));
    }

    @Test
    void aClaimWhoseWorkerNeverRecordedItselfFallsBackOnTheSilenceTimeout() {
        assertThat(health.deadWorker(null, NOW.minusMinutes(1), NOW)).isEmpty();
        assertThat(health.deadWorker(null, NOW.minusMinutes(11), NOW)).isPresent();
    }

    @Test
    void waitingPartitionsStarveOnlyAfterTheQueueHadNoConsumerForTheWholeWait() {
        Instant start = Instant.parse("2026-11-23T12:00:00Z");
        assertThat(health.starved(0, start)).isFalse();
        assertThat(health.starved(0, start.plus(Duration.ofMinutes(2)))).isFalse();
        assertThat(health.starved(0, start.plus(Duration.ofMinutes(2)).plusSeconds(1))).isTrue();
    }

    @Test
    void aConsumerAppearingRestartsTheWait() {
        Instant start = Instant.parse("2026-11-23T12:00:00Z");
        health.starved(0, start);
        health.starved(1, start.plus(Duration.ofMinutes(1)));
        assertThat(health.starved(0, start.plus(Duration.ofMinutes(3)))).isFalse();
        assertThat(health.starved(0, start.plus(Duration.ofMinutes(5)).plusSeconds(1))).isTrue();
    }
}
