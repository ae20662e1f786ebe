package dev.orderrelay.receiver.enqueue;

import java.time.Instant;

/**
 * A webhook whose size, signature and required headers have been checked: what the publisher turns into an
 * envelope. The body is the raw bytes as received, the bytes the signature covered.
 *
 * @param triggeredAt null when the platform sent none or sent one that is not an ISO-8601 instant
 */
public record IncomingWebhook(
        String shop,
        String topic,
        String webhookId,
        String eventId,
        Instant triggeredAt,
        String apiVersion,
        byte[] body,
        Instant receivedAt) {

    @Override
    public String toString() {
        // The body may carry customer data: never print it.
        return "IncomingWebhook[shop=" + shop + ", topic=" + topic + ", webhookId=" + webhookId + ", bytes="
                + body.length + "]";
    }
}
