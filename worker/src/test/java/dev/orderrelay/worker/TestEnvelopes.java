package dev.orderrelay.worker;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Envelopes as the receiver and the reconciler write them, and the fixtures they carry, for the worker's tests. */
public final class TestEnvelopes {

    private TestEnvelopes() {}

    /** A webhook envelope for {@code shop} carrying {@code body}. */
    public static Envelope webhook(String shop, String topic, String body, String webhookId) {
        return new Envelope(
                Envelope.CURRENT_VERSION,
                EnvelopeSource.WEBHOOK,
                Envelope.PLATFORM_SHOPIFY,
                shop,
                topic,
                webhookId,
                null,
                null,
                "2026-10",
                Instant.now(),
                PayloadFormat.REST_WEBHOOK,
                body,
                null,
                null);
    }

    /** An envelope of the reconciler for {@code shop}: an order it fetched, in the admin-graphql format. */
    public static Envelope reconciler(String shop, String topic, String body, String webhookId) {
        return new Envelope(
                Envelope.CURRENT_VERSION,
                EnvelopeSource.RECONCILER,
                Envelope.PLATFORM_SHOPIFY,
                shop,
                topic,
                webhookId,
                null,
                null,
                "2026-10",
                Instant.now(),
                PayloadFormat.ADMIN_GRAPHQL,
                body,
                null,
                null);
    }

    /**
     * The paid order of {@code fixtures/orders-paid.json} with another id, created at {@code createdAt}: destinations
     * such as GA4 refuse events older than 72 hours, so tests that deliver to them need a recent order.
     */
    public static String paidOrder(String orderId, Instant createdAt) {
        return paidOrder()
                .replace("\"id\":820982911946154508,", "\"id\":" + orderId + ",")
                .replace("gid://shopify/Order/820982911946154508", "gid://shopify/Order/" + orderId)
                .replace("2026-11-24T05:15:30-05:00", createdAt.toString());
    }

    /** The paid REST order of {@code fixtures/orders-paid.json}, id 820982911946154508. */
    public static String paidOrder() {
        return fixture("orders-paid.json");
    }

    /**
     * A body under {@code fixtures/}: {@code orders-paid-discounted-guest.json} (order #1042, EUR, taxes included,
     * paid), {@code order-rest-refunded.json} (the same order with two refunds, as orders/updated sends it),
     * {@code order-admin-refunded.json} (that order as the reconciler fetches it), {@code refund-rest.json} (its
     * first refund, as refunds/create sends it).
     */
    public static String fixture(String name) {
        try (InputStream in = TestEnvelopes.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
