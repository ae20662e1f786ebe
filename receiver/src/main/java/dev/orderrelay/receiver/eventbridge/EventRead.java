package dev.orderrelay.receiver.eventbridge;

import dev.orderrelay.receiver.enqueue.IncomingWebhook;

/** What {@link EventBridgeEventReader} made of one SQS message: a webhook to publish, or a rejection. */
sealed interface EventRead {

    /**
     * A Shopify webhook, ready for the ingest queue.
     *
     * @param webhook the envelope's content, {@code source=eventbridge}
     * @param idOnlyPayload whether the payload is {@code {"id": ...}} alone, as Shopify sends a payload too large for
     *     EventBridge: the worker cannot process it, and the reconciler fetches the order
     * @param eventBridgeId the EventBridge event's {@code id}, for logs; may be null
     */
    record Accepted(IncomingWebhook webhook, boolean idOnlyPayload, String eventBridgeId) implements EventRead {}

    /**
     * An event that cannot become an envelope; retrying cannot fix it.
     *
     * @param rejection why, as a stable code
     * @param detail what exactly is wrong, for support; never contains payload data
     * @param shop the shop domain its metadata names, or null
     * @param eventBridgeId the EventBridge event's {@code id}, or null
     */
    record Rejected(EventRejection rejection, String detail, String shop, String eventBridgeId) implements EventRead {

        /** The {@code reason} attribute of the dead letter: code, then detail. */
        String reason() {
            return rejection.code() + ": " + detail;
        }
    }
}
