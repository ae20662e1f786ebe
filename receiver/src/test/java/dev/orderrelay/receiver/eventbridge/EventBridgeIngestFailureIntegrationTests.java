package dev.orderrelay.receiver.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.receiver.ReceiverApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.node.ObjectNode;

/**
 * An EventBridge event whose envelope the ingest queue does not take is never deleted: it comes back after its
 * visibility timeout, and SQS's redrive finally moves it, untouched, to the dead-letter queue. The ingest queue here is
 * a URL of a queue that does not exist; the EventBridge queue is this test's own, with a 1 s visibility timeout and a
 * receive count of 2, so the redrive happens within seconds.
 */
@SpringBootTest(
        classes = ReceiverApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "relay.receiver.enqueue-deadline=1s",
            "spring.cloud.aws.sqs.listener.poll-timeout=1s"
        })
@ContextConfiguration(initializers = EventBridgeIngestFailureIntegrationTests.UnavailableIngestQueue.class)
class EventBridgeIngestFailureIntegrationTests {

    private static final Devstack DEVSTACK = DirectDevstack.devstack();
    private static final String NAME = "eventbridge-failure-" + UUID.randomUUID();
    private static final String DEAD_LETTER_URL =
            DEVSTACK.sqs().createQueue(b -> b.queueName(NAME + "-dlq")).queueUrl();
    private static final String QUEUE_URL = DEVSTACK.sqs()
            .createQueue(b -> b.queueName(NAME)
                    .attributes(Map.of(
                            QueueAttributeName.VISIBILITY_TIMEOUT,
                            "1",
                            QueueAttributeName.REDRIVE_POLICY,
                            "{\"deadLetterTargetArn\":\"" + arn(DEAD_LETTER_URL) + "\",\"maxReceiveCount\":\"2\"}")))
            .queueUrl();

    @Autowired
    MeterRegistry registry;

    @Test
    void leavesAnEventTheIngestQueueDidNotTakeOnItsQueueUntilTheRedriveMovesIt() {
        String webhookId = "unavailable-" + UUID.randomUUID();
        String message = EventBridgeEventReaderTests.event(event -> {
            ((ObjectNode) event.get("detail").get("metadata")).put("X-Shopify-Webhook-Id", webhookId);
            return event;
        });

        DEVSTACK.sqs().sendMessage(b -> b.queueUrl(QUEUE_URL).messageBody(message));

        Message redriven = new DeadLetters(DEAD_LETTER_URL)
                .await(message, Duration.ofSeconds(30))
                .orElseThrow();
        assertThat(redriven.messageAttributes())
                .as("moved by SQS's redrive, not rejected by the receiver")
                .doesNotContainKey(RejectedEvents.REASON);
        assertThat(Integer.parseInt(redriven.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)))
                .isGreaterThanOrEqualTo(2);
        assertThat(registry.get(EventBridgeMetrics.EVENTS)
                        .tag("outcome", "unavailable")
                        .tag("reason", "queue-error")
                        .tag("shop", "demo.myshopify.com")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    private static String arn(String queueUrl) {
        return DEVSTACK.sqs()
                .getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }

    /** This test's queues, and an ingest queue URL nothing answers for. */
    static final class UnavailableIngestQueue extends DirectDevstack {
        @Override
        Map<String, Object> extra() {
            return Map.of(
                    "relay.receiver.ingest-queue",
                    DEVSTACK.sqsEndpoint() + "/000000000000/no-such-ingest-queue",
                    "relay.receiver.eventbridge.queue",
                    QUEUE_URL,
                    "relay.receiver.eventbridge.dead-letter-queue",
                    DEAD_LETTER_URL);
        }
    }
}
