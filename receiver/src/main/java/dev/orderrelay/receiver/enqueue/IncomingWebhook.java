package dev.orderrelay.receiver.enqueue;

import dev.orderrelay.core.envelope.EnvelopeSource;
import java.time.Instant;
import java.util.Objects;

/**
 * A webhook whose required headers have been checked (and, over HTTPS, its size and signature): what the publisher
 * turns into an envelope. Over HTTPS the body is the raw bytes as received, the bytes the signature covered; by
 * EventBridge it is the event's payload, re-serialized.
 *
 * @param triggeredAt null when the platform sent none or sent one that is not an ISO-8601 instant
 * @param source the path it came by: {@link EnvelopeSource#WEBHOOK} or {@link EnvelopeSource#EVENTBRIDGE}
 */
public record IncomingWebhook(
        String shop,
        String topic,
        String webhookId,
        String eventId,
        Instant triggeredAt,
        String apiVersion,
        byte[] body,
        Instant receivedAt,
        EnvelopeSource source) {

    public IncomingWebhook {
        Objects.requireNonNull(source, "source");
    }

    /** A webhook that came over HTTPS. */
    public IncomingWebhook(
            String shop,
            String topic,
            String webhookId,
            String eventId,
            Instant triggeredAt,
            String apiVersion,
            byte[] body,
            Instant receivedAt) {
        this(shop, topic, webhookId, eventId, triggeredAt, apiVersion, body, receivedAt, EnvelopeSource.WEBHOOK);
    }

    @Override
    public String toString() {
        // The body may carry customer data: never print it.
        return "IncomingWebhook[source=" + source.wireName() + ", shop=" + shop + ", topic=" + topic + ", webhookId="
                + webhookId + ", bytes=" + body.length + "]";
    }
}
