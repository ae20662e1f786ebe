package dev.orderrelay.worker;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Envelopes as the receiver writes them, and the order fixture they carry, for the worker's tests. */
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

    /** The paid REST order of {@code fixtures/orders-paid.json}, id 820982911946154508. */
    public static String paidOrder() {
        try (InputStream in = TestEnvelopes.class.getResourceAsStream("/fixtures/orders-paid.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
