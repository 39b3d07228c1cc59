package org.carebridge.remote;

import javax.sql.DataSource;
import org.carebridge.batch.ProcessOwner;
import org.carebridge.cli.Console;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.messaging.MessageChannel;

/**
 * Remote partitioning over RabbitMQ, present only with {@code carebridge.remote.enabled=true} (the worker command
 * turns it on for itself). Without it none of these beans exist: no broker connection, no Spring Integration, and
 * the partitioned steps run on local threads exactly as before.
 * <pre>
 * manager: stageTables / loadCohort ─ StepExecutionRequest ─▶ partitionRequests ─▶ JSON ─▶ queue per worker step
 * worker:  queue ─▶ AMQP inbound adapter ─▶ PartitionExecutor (claim) ─▶ StepExecutionRequestHandler ─▶ worker step
 * manager: polls the job repository until every partition has ended; PartitionWatch fails partitions whose worker died
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("carebridge.remote.enabled")
@EnableIntegration
public class RemotePartitioningConfiguration {

    /** Message header naming the queue a request goes to. */
    private static final String QUEUE = "carebridge_queue";

    @Bean
    CachingConnectionFactory partitionBrokerConnections(RemoteProperties properties) {
        RemoteProperties.Broker broker = properties.broker();
        CachingConnectionFactory connections = new CachingConnectionFactory(broker.host(), broker.port());
        connections.setUsername(broker.username());
        connections.setPassword(broker.password());
        connections.setVirtualHost(broker.virtualHost());
        int timeout = (int) broker.connectTimeout().toMillis();
        connections.setConnectionTimeout(timeout);
        connections.getRabbitConnectionFactory().setHandshakeTimeout(timeout);
        // The broker confirms each request is queued (durably) before the manager counts it as sent.
        connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        connections.setPublisherReturns(true);
        // Shows in the broker's management view which process holds a connection.
        connections.setConnectionNameStrategy(factory -> "carebridge " + ProcessOwner.current());
        return connections;
    }

    @Bean
    Broker partitionBroker(CachingConnectionFactory partitionBrokerConnections, RemoteProperties properties) {
        return new Broker(partitionBrokerConnections, properties);
    }

    @Bean
    RemoteLaunchCheck remoteLaunchCheck(DataSource dataSource, Broker partitionBroker, JobRepository jobRepository,
                                        RemoteProperties properties) {
        return new RemoteLaunchCheck(dataSource, partitionBroker, jobRepository, properties);
    }

    // ---- manager: requests out --------------------------------------------------------------------------------------

    @Bean
    MessageChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(MessageChannel partitionRequests,
                                              CachingConnectionFactory partitionBrokerConnections,
                                              RemoteProperties properties) {
        RabbitTemplate template = new RabbitTemplate(partitionBrokerConnections);
        template.setMandatory(true); // a request no queue takes comes back as a failure, not silently dropped
        long confirmTimeout = properties.broker().connectTimeout().toMillis();
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, PartitionRequest::of)
                .enrichHeaders(headers -> headers
                        .headerFunction(QUEUE, message -> properties.queueFor(((PartitionRequest) message.getPayload()).step()))
                        .header("contentType", PartitionRequest.CONTENT_TYPE))
                .transform(PartitionRequest.class, PartitionRequest::toJson)
                .handle(Amqp.outboundAdapter(template)
                        .exchangeName("")
                        .routingKeyFunction(message -> message.getHeaders().get(QUEUE, String.class))
                        .defaultDeliveryMode(MessageDeliveryMode.PERSISTENT)
                        .waitForConfirm(true)
                        .confirmTimeout(confirmTimeout)
                        .confirmCorrelationFunction(message -> message.getHeaders().getId()))
                .get();
    }

    @Bean
    RemoteManagerSteps remoteManagerSteps(JobRepository jobRepository, MessageChannel partitionRequests,
                                          Broker partitionBroker, RemoteProperties properties) {
        return new RemoteManagerSteps(jobRepository, partitionRequests, partitionBroker, properties);
    }

    // ---- worker: requests in ----------------------------------------------------------------------------------------

    @Bean
    PartitionWorker partitionWorker(CachingConnectionFactory partitionBrokerConnections, IntegrationFlowContext flows,
                                    JobRepository jobRepository, BeanFactory beanFactory, Broker partitionBroker,
                                    RemoteProperties properties, Console console) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
        return new PartitionWorker(partitionBrokerConnections, flows, new PartitionExecutor(jobRepository, handler,
                console), partitionBroker, properties);
    }
}
