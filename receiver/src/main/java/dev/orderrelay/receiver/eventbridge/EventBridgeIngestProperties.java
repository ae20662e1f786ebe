package dev.orderrelay.receiver.eventbridge;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the EventBridge ingest (docs/eventbridge.md). Both queues are resolved at start-up; a missing one stops
 * the receiver with a message naming its property.
 *
 * @param enabled whether the receiver reads the EventBridge queue at all
 * @param queue the queue the EventBridge rule sends Shopify's events to, by name or by URL
 * @param deadLetterQueue that queue's dead-letter queue, by name or by URL: an event that cannot be read (wrong
 *     {@code detail-type}, missing metadata, not JSON) is moved there at once with a {@code reason} attribute, and SQS
 *     moves there an event whose publishing kept failing
 */
@Validated
@ConfigurationProperties("relay.receiver.eventbridge")
public record EventBridgeIngestProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("order-relay-eventbridge") @NotBlank String queue,

        @DefaultValue("order-relay-eventbridge-dlq") @NotBlank
        String deadLetterQueue) {

    public EventBridgeIngestProperties {
        if (queue != null && !queue.isBlank() && Objects.equals(queue.strip(), strip(deadLetterQueue))) {
            throw new IllegalArgumentException("relay.receiver.eventbridge.dead-letter-queue must differ from"
                    + " relay.receiver.eventbridge.queue, both are '" + queue + "': unreadable events would come back"
                    + " to the listener forever");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
