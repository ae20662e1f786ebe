package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ReplayJobs;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The replay machinery. Queues are resolved once at start-up from {@code relay.console.ingest-queue} and
 * {@code relay.console.delivery-queues.*}, so a missing queue stops the console naming its property instead of
 * failing the first replay.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    ReplayQueues replayQueues(SqsAsyncClient sqs, ConsoleProperties properties) {
        String ingest = resolve(sqs, "relay.console.ingest-queue", properties.ingestQueue());
        Map<String, String> deliveries = new LinkedHashMap<>();
        properties
                .deliveryQueues()
                .byKind()
                .forEach((kind, queue) ->
                        deliveries.put(kind, resolve(sqs, "relay.console.delivery-queues." + kind, queue)));
        String eventbridge = properties.eventbridgeQueue() == null
                ? null
                : resolve(sqs, "relay.console.eventbridge-queue", properties.eventbridgeQueue());
        return new ReplayQueues(ingest, deliveries, eventbridge);
    }

    @Bean
    QueuePublisher replayQueuePublisher(SqsAsyncClient sqs, ConsoleProperties properties) {
        return new QueuePublisher(sqs, properties.replay().publishTimeout());
    }

    @Bean
    DeadLetterReplayer deadLetterReplayer(
            ParkedEvents parked, DeliveryClaims claims, ReplayQueues queues, QueuePublisher publisher) {
        return new DeadLetterReplayer(parked, claims, new ReplayPlanner(queues), publisher);
    }

    @Bean
    ReplayJobRunner replayJobRunner(
            ParkedEvents parked,
            ReplayJobs jobs,
            DeadLetterReplayer replayer,
            AuditTrail audit,
            Clock clock,
            ConsoleProperties properties) {
        return new ReplayJobRunner(
                parked,
                jobs,
                replayer,
                audit,
                clock,
                properties.replay().pageSize(),
                properties.replay().maxJobs());
    }

    @Bean
    MessageMasker messageMasker() {
        return new MessageMasker();
    }

    /** A queue URL as given, or the URL of the queue named. */
    private static String resolve(SqsAsyncClient sqs, String property, String queue) {
        if (queue.startsWith("https://") || queue.startsWith("http://")) {
            return queue;
        }
        try {
            return sqs.getQueueUrl(b -> b.queueName(queue)).join().queueUrl();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    property + ": cannot resolve queue '" + queue + "'; create it or fix the property", e);
        }
    }
}
