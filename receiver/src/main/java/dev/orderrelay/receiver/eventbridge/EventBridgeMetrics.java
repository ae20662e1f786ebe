package dev.orderrelay.receiver.eventbridge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code relay.eventbridge.events{outcome,reason,shop,topic}} counts every event read from the EventBridge queue by what
 * became of it: {@code accepted} (on the ingest queue; reason {@code id-only-payload} when Shopify sent the order's id
 * alone), {@code rejected} (moved to the dead-letter queue; reason the {@link EventRejection} code) or
 * {@code unavailable} (S3 or SQS failed; the event stays on its queue and comes back). A rejected event's shop and topic
 * are {@code unknown}: what a malformed event names is not worth a time series.
 */
final class EventBridgeMetrics {

    static final String EVENTS = "relay.eventbridge.events";
    static final String ID_ONLY_PAYLOAD = "id-only-payload";
    private static final String UNKNOWN = "unknown";

    private final MeterRegistry registry;

    EventBridgeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(String shop, String topic, boolean idOnlyPayload) {
        count("accepted", idOnlyPayload ? ID_ONLY_PAYLOAD : "none", shop, topic);
    }

    void rejected(EventRejection rejection) {
        count("rejected", rejection.code(), UNKNOWN, UNKNOWN);
    }

    void unavailable(String shop, String topic, String reason) {
        count("unavailable", reason, shop, topic);
    }

    private void count(String outcome, String reason, String shop, String topic) {
        Counter.builder(EVENTS)
                .description("Shopify events read from the EventBridge queue, by what became of them")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .tag("shop", shop)
                .tag("topic", topic)
                .register(registry)
                .increment();
    }
}
