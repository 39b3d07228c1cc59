package org.carebridge.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scale-out over RabbitMQ ({@code carebridge.remote.*}). Off by default: every partition then runs on the
 * process's own threads, as before.
 *
 * @param enabled           the manager sends the partitions of staging ({@code stageTables}), of the wave load
 *                          ({@code loadCohort}), of identity resolution's comparisons ({@code compareCandidatePairs})
 *                          and of reconciliation's source pass ({@code readReferralIndex}, {@code readSourceTables})
 *                          to {@code ./carebridge worker} processes instead of running them itself
 * @param broker            where RabbitMQ is
 * @param queues            one durable queue per partitioned step
 * @param workerConcurrency partitions of each queue one worker process runs at once
 * @param pollInterval      how often the manager reads its partitions' state from the job repository
 * @param workerWait        how long partitions may wait in a queue nobody consumes before they are failed
 * @param silenceTimeout    how long a worker on another machine may record no progress on its partition (no chunk
 *                          committed) before the manager takes it for dead; a worker on the manager's own machine is
 *                          checked by its process id at once
 */
@ConfigurationProperties("carebridge.remote")
public record RemoteProperties(boolean enabled, Broker broker, Queues queues, int workerConcurrency,
                               Duration pollInterval, Duration workerWait, Duration silenceTimeout) {

    public RemoteProperties {
        broker = broker == null ? new Broker(null, 0, null, null, null, null) : broker;
        queues = queues == null ? new Queues(null, null, null, null) : queues;
        workerConcurrency = workerConcurrency <= 0 ? 1 : workerConcurrency;
        pollInterval = positiveOr(pollInterval, Duration.ofSeconds(1));
        workerWait = positiveOr(workerWait, Duration.ofMinutes(2));
        silenceTimeout = positiveOr(silenceTimeout, Duration.ofMinutes(10));
    }

    /** The queue that carries the partitions of {@code workerStep}. */
    public String queueFor(String workerStep) {
        return switch (workerStep) {
            case RemoteManagerSteps.STAGING_WORKER_STEP -> queues.staging();
            case RemoteManagerSteps.LOAD_WORKER_STEP -> queues.load();
            case RemoteManagerSteps.RECONCILE_WORKER_STEP, RemoteManagerSteps.RECONCILE_REFERRALS_WORKER_STEP ->
                    queues.reconciliation();
            case RemoteManagerSteps.IDENTITY_WORKER_STEP -> queues.identity();
            default -> throw new IllegalArgumentException("no queue carries partitions of step " + workerStep);
        };
    }

    /**
     * @param connectTimeout how long opening a connection may take before the broker counts as unreachable
     */
    public record Broker(String host, int port, String username, String password, String virtualHost,
                         Duration connectTimeout) {
        public Broker {
            host = blankOr(host, "127.0.0.1");
            port = port <= 0 ? 5672 : port;
            username = blankOr(username, "guest");
            password = password == null ? "guest" : password;
            virtualHost = blankOr(virtualHost, "/");
            connectTimeout = positiveOr(connectTimeout, Duration.ofSeconds(5));
        }

        public String address() {
            return host + ":" + port;
        }

        /** Never the password: settings may be logged. */
        @Override
        public String toString() {
            return "Broker[" + username + "@" + address() + virtualHost + "]";
        }
    }

    public record Queues(String staging, String load, String reconciliation, String identity) {
        public Queues {
            staging = blankOr(staging, "carebridge.partitions.staging");
            load = blankOr(load, "carebridge.partitions.load");
            reconciliation = blankOr(reconciliation, "carebridge.partitions.reconciliation");
            identity = blankOr(identity, "carebridge.partitions.identity");
        }
    }

    private static String blankOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.trim();
    }

    private static Duration positiveOr(Duration value, Duration otherwise) {
        return value == null || value.isZero() || value.isNegative() ? otherwise : value;
    }
}
