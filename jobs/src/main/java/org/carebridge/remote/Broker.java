package org.carebridge.remote;

import java.util.List;
import org.carebridge.cli.UserFacingException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * RabbitMQ as the manager and the workers see it: whether it can be reached, the partition queues, and who consumes
 * them. Queues are durable and declared by whoever comes first, manager or worker, so that a request sent before any
 * worker has started waits in its queue instead of being dropped by the broker.
 */
public class Broker {

    /** What a manager (or anything starting jobs) can do about a broker it cannot reach. */
    public static final String FOR_A_MANAGER = "start the broker, or set carebridge.remote.enabled=false to run on this"
            + " machine alone";

    private final ConnectionFactory connections;
    private final RabbitAdmin admin;
    private final RemoteProperties properties;

    Broker(ConnectionFactory connections, RemoteProperties properties) {
        this.connections = connections;
        this.admin = new RabbitAdmin(connections);
        this.properties = properties;
    }

    /**
     * Connects and declares the partition queues, or refuses in one line (never a hang: connecting is time-boxed).
     *
     * @param whatToDo the end of the refusal: what the operator can do about it where this runs
     */
    public void requireReachable(String whatToDo) {
        try {
            connections.createConnection().close();
            for (String queue : queues()) {
                admin.declareQueue(new Queue(queue, true, false, false));
            }
        } catch (AmqpException e) {
            throw new UserFacingException("RabbitMQ is not reachable at " + properties.broker().address() + " ("
                    + rootMessage(e) + "); " + whatToDo);
        }
    }

    /** How many consumers (worker threads) are listening on {@code queue} now; 0 if it does not exist. */
    public int consumers(String queue) {
        QueueInformation information = admin.getQueueInfo(queue);
        return information == null ? 0 : information.getConsumerCount();
    }

    public List<String> queues() {
        return List.of(properties.queues().staging(), properties.queues().load(), properties.queues().reconciliation(),
                properties.queues().identity());
    }

    String address() {
        return properties.broker().address();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
