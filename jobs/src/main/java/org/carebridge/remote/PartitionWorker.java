package org.carebridge.remote;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

/**
 * The consuming side of a {@code ./carebridge worker} process: one Spring Integration AMQP inbound adapter per
 * partition queue, each handing requests to the {@link PartitionExecutor} on its listener threads.
 * <p>
 * A message is acknowledged when its partition has ended, and each consumer holds one message at a time (prefetch
 * 1), so a busy worker is not given more work than it runs. If the worker dies, the broker hands its unacknowledged
 * message to another worker, which finds the partition already claimed and leaves it to the manager to fail: a
 * partition never runs twice in one job execution.
 * <p>
 * Not started with the application: only the worker command consumes, so a manager with remote partitioning on
 * never runs partitions itself.
 */
public class PartitionWorker {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final ConnectionFactory connections;
    private final IntegrationFlowContext flows;
    private final PartitionExecutor executor;
    private final Broker broker;
    private final RemoteProperties properties;
    private final List<IntegrationFlowContext.IntegrationFlowRegistration> consumers = new ArrayList<>();

    PartitionWorker(ConnectionFactory connections, IntegrationFlowContext flows, PartitionExecutor executor,
                    Broker broker, RemoteProperties properties) {
        this.connections = connections;
        this.flows = flows;
        this.executor = executor;
        this.broker = broker;
        this.properties = properties;
    }

    /** Checks the broker (refusing in one line when it cannot be reached) and starts consuming every queue. */
    public synchronized List<String> start() {
        broker.requireReachable("start the broker, or point carebridge.remote.broker.* at the manager's");
        if (consumers.isEmpty()) {
            for (String queue : broker.queues()) {
                consumers.add(flows.registration(consumerOf(queue)).id("partition-worker:" + queue).register());
            }
        }
        return broker.queues();
    }

    public String brokerAddress() {
        return broker.address();
    }

    public int concurrency() {
        return properties.workerConcurrency();
    }

    private IntegrationFlow consumerOf(String queue) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connections, queue)
                        .configureContainer(container -> container
                                .acknowledgeMode(AcknowledgeMode.AUTO)
                                .prefetchCount(1)
                                .concurrentConsumers(properties.workerConcurrency())))
                .handle((payload, headers) -> {
                    executor.execute(request(payload));
                    return null;
                })
                .get();
    }

    private static PartitionRequest request(Object payload) {
        byte[] body = payload instanceof byte[] bytes ? bytes : String.valueOf(payload).getBytes(StandardCharsets.UTF_8);
        try {
            return PartitionRequest.fromJson(body);
        } catch (IllegalArgumentException e) {
            log.warn("dropped a message that is not a partition request: {}", e.getMessage());
            // Redelivering it would only fail again.
            throw new AmqpRejectAndDontRequeueException(e.getMessage());
        }
    }
}
