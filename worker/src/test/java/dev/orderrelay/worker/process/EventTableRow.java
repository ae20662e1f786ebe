package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One line of docs/events.md as test data: a shop policy, what arrives (in order, by which path) and what each
 * destination must receive, once, as labels {@code <purchase|refund> <currency> <value> items=<n>} (the value is the
 * revenue a destination counts: GA4's {@code value}, Segment's {@code revenue}, Amplitude's revenue unsigned).
 *
 * @param id the line's id in docs/events.md, e.g. {@code E14}
 * @param expected the labels every destination receives; empty for a row that sends nothing
 */
record EventTableRow(String id, String title, Map<String, String> policy, List<Step> steps, List<String> expected) {

    @Override
    public String toString() {
        return id + " " + title;
    }

    static EventTableRow row(
            String id, String title, Map<String, String> policy, List<Step> steps, String... expected) {
        return new EventTableRow(id, title, policy, steps, Arrays.asList(expected));
    }

    static List<Step> steps(Step... steps) {
        return List.of(steps);
    }

    /** A REST body from Shopify's webhook, under its own delivery id. */
    static Step webhook(String topic, Function<ShopifyPayloads, String> body) {
        return new Step(EnvelopeSource.WEBHOOK, topic, body, null);
    }

    /** The same REST body through an EventBridge rule. */
    static Step eventbridge(String topic, Function<ShopifyPayloads, String> body) {
        return new Step(EnvelopeSource.EVENTBRIDGE, topic, body, null);
    }

    /** The order as the reconciler fetches it (admin-graphql). */
    static Step reconciler(String topic, Function<ShopifyPayloads, String> body) {
        return new Step(EnvelopeSource.RECONCILER, topic, body, null);
    }

    /**
     * One kind of step.
     *
     * @param deliveryId the webhook id to reuse (a retry, a replay); null for one of its own
     */
    record Step(EnvelopeSource source, String topic, Function<ShopifyPayloads, String> body, String deliveryId) {

        /** Shopify delivering this step again, under the same webhook id as step {@code index} (from 0). */
        Step retryOf(int index) {
            return new Step(source, topic, body, "step-" + index);
        }

        /** Support replaying step {@code index}: the same envelope with {@code source=replay}. */
        Step replayOf(int index) {
            return new Step(EnvelopeSource.REPLAY, topic, body, "step-" + index);
        }

        Envelope envelope(String shop, ShopifyPayloads payloads, int index) {
            return new Envelope(
                    Envelope.CURRENT_VERSION,
                    source,
                    Envelope.PLATFORM_SHOPIFY,
                    shop,
                    topic,
                    deliveryId != null ? deliveryId : "step-" + index,
                    null,
                    null,
                    "2026-10",
                    Instant.now(),
                    source == EnvelopeSource.RECONCILER ? PayloadFormat.ADMIN_GRAPHQL : PayloadFormat.REST_WEBHOOK,
                    body.apply(payloads),
                    null,
                    null);
        }
    }
}
