package dev.orderrelay.receiver.eventbridge;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Moves an event that cannot be read to the EventBridge queue's dead-letter queue, at once rather than after the
 * redrive's receive count, as it was received (body untouched) and with two attributes: {@code reason} (the
 * {@link EventRejection} code and what exactly is wrong) and {@code shop} when the event names one. Ops find it there
 * (docs/eventbridge.md); once the cause is fixed, SQS's redrive moves it back. If the dead-letter queue does not take it,
 * the move throws and the event stays on its queue.
 */
final class RejectedEvents {

    static final String REASON = "reason";
    static final String SHOP = "shop";

    private final SqsAsyncClient sqs;
    private final EventBridgeQueues queues;
    private final Duration timeout;

    RejectedEvents(SqsAsyncClient sqs, EventBridgeQueues queues, Duration timeout) {
        this.sqs = sqs;
        this.queues = queues;
        this.timeout = timeout;
    }

    void move(String message, EventRead.Rejected rejected) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put(REASON, text(rejected.reason()));
        if (rejected.shop() != null) {
            attributes.put(SHOP, text(rejected.shop()));
        }
        try {
            sqs.sendMessage(b -> b.queueUrl(queues.deadLetterUrl())
                            .messageBody(message)
                            .messageAttributes(attributes))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EventBridgeIngestException(
                    "rejected event not moved to " + queues.deadLetterUrl() + " (" + cause.getMessage()
                            + "); it stays on the EventBridge queue",
                    cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventBridgeIngestException("interrupted while moving a rejected event", e);
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
