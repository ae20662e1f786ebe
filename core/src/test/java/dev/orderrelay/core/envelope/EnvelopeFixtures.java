package dev.orderrelay.core.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds the envelopes the tests of this module share. */
final class EnvelopeFixtures {

    private EnvelopeFixtures() {}

    static Envelope webhook(String body) {
        return new Envelope(
                Envelope.CURRENT_VERSION,
                EnvelopeSource.WEBHOOK,
                Envelope.PLATFORM_SHOPIFY,
                "demo.myshopify.com",
                "orders/create",
                "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
                "9f2b6a1c-55e0-4d1e-9a54-0d4f3c2a7b10",
                Instant.parse("2026-11-24T10:15:30.123Z"),
                "2026-10",
                Instant.parse("2026-11-24T10:15:30.456789Z"),
                PayloadFormat.REST_WEBHOOK,
                body,
                null,
                null);
    }

    static String resource(String name) {
        try (InputStream in = EnvelopeFixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
