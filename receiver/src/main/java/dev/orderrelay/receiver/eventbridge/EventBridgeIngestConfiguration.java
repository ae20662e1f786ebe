package dev.orderrelay.receiver.eventbridge;

import dev.orderrelay.receiver.ReceiverProperties;
import dev.orderrelay.receiver.enqueue.IngestQueuePublisher;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The EventBridge ingest, only with {@code relay.receiver.eventbridge.enabled=true}: both queues resolved at start-up
 * (a missing one stops the receiver, naming its property), the reader, the dead-letter move and the listener. Publishing
 * shares the HTTPS path's {@link IngestQueuePublisher} and its deadline ({@code relay.receiver.enqueue-deadline}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("relay.receiver.eventbridge.enabled")
@EnableConfigurationProperties(EventBridgeIngestProperties.class)
class EventBridgeIngestConfiguration {

    private static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(15);

    @Bean
    EventBridgeQueues eventBridgeQueues(SqsAsyncClient sqs, EventBridgeIngestProperties properties) {
        return new EventBridgeQueues(
                resolve(sqs, properties.queue(), "relay.receiver.eventbridge.queue"),
                resolve(sqs, properties.deadLetterQueue(), "relay.receiver.eventbridge.dead-letter-queue"));
    }

    @Bean
    EventBridgeIngest eventBridgeIngest(
            IngestQueuePublisher publisher,
            SqsAsyncClient sqs,
            EventBridgeQueues queues,
            MeterRegistry registry,
            ReceiverProperties receiver,
            Clock clock) {
        return new EventBridgeIngest(
                new EventBridgeEventReader(),
                publisher,
                new RejectedEvents(sqs, queues, receiver.enqueueDeadline()),
                new EventBridgeMetrics(registry),
                receiver.enqueueDeadline(),
                clock);
    }

    @Bean
    EventBridgeListener eventBridgeListener(EventBridgeIngest ingest) {
        return new EventBridgeListener(ingest);
    }

    private static String resolve(SqsAsyncClient sqs, String configured, String property) {
        if (configured.startsWith("https://") || configured.startsWith("http://")) {
            return configured;
        }
        try {
            return sqs.getQueueUrl(b -> b.queueName(configured))
                    .get(RESOLVE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .queueUrl();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    property + ": cannot resolve queue '" + configured + "' ("
                            + (e.getCause() == null ? e : e.getCause()).getMessage()
                            + "); create it or point the property at an existing queue name or URL",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resolving " + property, e);
        }
    }
}
