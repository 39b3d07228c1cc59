package org.carebridge.remote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.carebridge.batch.ProcessOwner;

/**
 * The manager's judgement on partitions that have not finished. Without it a manager polling the job repository
 * would wait for ever on a partition whose worker was killed: nothing else ever marks that partition as ended.
 * <ul>
 * <li>A partition a worker has claimed is dead when that worker is: on this machine its process id is checked at
 * once; a worker on another machine cannot be checked from here, so it is taken for dead only after committing
 * nothing for {@code silenceTimeout} (a chunk commit updates the partition's last-updated time).</li>
 * <li>Partitions waiting in a queue starve when no worker consumes that queue for {@code workerWait}.</li>
 * </ul>
 */
final class PartitionHealth {

    private final String thisHost;
    private final LongPredicate processAlive;
    private final Duration silenceTimeout;
    private final Duration workerWait;
    private Instant unconsumedSince;

    PartitionHealth(String thisHost, LongPredicate processAlive, Duration silenceTimeout, Duration workerWait) {
        this.thisHost = thisHost;
        this.processAlive = processAlive;
        this.silenceTimeout = silenceTimeout;
        this.workerWait = workerWait;
    }

    static PartitionHealth forThisMachine(RemoteProperties properties) {
        return new PartitionHealth(ProcessOwner.current().host(),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                properties.silenceTimeout(), properties.workerWait());
    }

    /**
     * Why the worker running a claimed partition is taken for dead, or empty while it may still be working.
     *
     * @param owner       the worker that claimed the partition; {@code null} if it died before recording itself
     * @param lastUpdated when the partition last recorded progress
     */
    Optional<String> deadWorker(ProcessOwner owner, LocalDateTime lastUpdated, LocalDateTime now) {
        if (owner != null && owner.host().equals(thisHost)) {
            return processAlive.test(owner.pid()) ? Optional.empty()
                    : Optional.of("its worker " + owner + " stopped while running it (killed, crashed or shut down)");
        }
        if (lastUpdated != null && Duration.between(lastUpdated, now).compareTo(silenceTimeout) <= 0) {
            return Optional.empty();
        }
        return Optional.of("its worker " + (owner == null ? "(unrecorded)" : owner.toString())
                + " recorded no progress for more than " + silenceTimeout.toSeconds() + " s"
                + " (carebridge.remote.silence-timeout)");
    }

    /**
     * Whether partitions waiting in a queue have waited too long for a worker: called on every poll with the
     * queue's current number of consumers.
     */
    boolean starved(int consumers, Instant now) {
        if (consumers > 0) {
            unconsumedSince = null;
            return false;
        }
        if (unconsumedSince == null) {
            unconsumedSince = now;
        }
        return Duration.between(unconsumedSince, now).compareTo(workerWait) > 0;
    }

    Duration workerWait() {
        return workerWait;
    }
}
