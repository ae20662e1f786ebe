package dev.orderrelay.core.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * One platform event on its way through order-relay, as it sits on the ingest queue.
 *
 * <p>Exactly one of {@code body} and {@code bodyRef} is set. {@code body} is the payload verbatim; a body too
 * large to travel inline is stored first under {@code bodyRef} and {@code bodySha256} lets the reader prove it
 * got the same bytes back.
 *
 * @param v format version, {@link #CURRENT_VERSION} for everything written by this code
 * @param source which path put the event on the queue
 * @param platform the e-commerce platform, {@code shopify}
 * @param shop the shop's platform domain, e.g. {@code demo.myshopify.com}
 * @param topic the platform topic, e.g. {@code orders/create}
 * @param webhookId the platform's id of this delivery; null for events we fetched ourselves
 * @param eventId the platform's id of the merchant action, shared by all its deliveries; may be null
 * @param triggeredAt when the platform triggered the delivery (retries keep the first value); may be null
 * @param apiVersion the platform API version the payload was serialized with; may be null
 * @param receivedAt when order-relay took the event in
 * @param format the shape of the payload
 * @param body the payload verbatim, or null when it travels by reference
 * @param bodyRef where the payload is stored, or null when it travels inline
 * @param bodySha256 lower-case hex SHA-256 of the stored payload bytes; set with {@code bodyRef} only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "v",
    "source",
    "platform",
    "shop",
    "topic",
    "webhookId",
    "eventId",
    "triggeredAt",
    "apiVersion",
    "receivedAt",
    "format",
    "bodyRef",
    "bodySha256",
    "body"
})
public record Envelope(
        int v,
        EnvelopeSource source,
        String platform,
        String shop,
        String topic,
        String webhookId,
        String eventId,
        Instant triggeredAt,
        String apiVersion,
        Instant receivedAt,
        PayloadFormat format,
        String body,
        BodyReference bodyRef,
        String bodySha256) {

    /** The version this code writes. Readers reject versions they do not know rather than guess. */
    public static final int CURRENT_VERSION = 1;

    public static final String PLATFORM_SHOPIFY = "shopify";

    public Envelope {
        if (v != CURRENT_VERSION) {
            throw new InvalidEnvelopeException("unsupported envelope version " + v + "; this reader knows "
                    + CURRENT_VERSION + ": upgrade the reader before the writer");
        }
        requireText(platform, "platform");
        requireText(shop, "shop");
        requireText(topic, "topic");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(format, "format");
        if ((body == null) == (bodyRef == null)) {
            throw new InvalidEnvelopeException(
                    "envelope for shop " + shop + " must carry exactly one of body and bodyRef");
        }
        if (bodyRef != null && !Sha256.isHex(bodySha256)) {
            throw new InvalidEnvelopeException(
                    "envelope for shop " + shop + " has bodyRef but no valid bodySha256 (64 hex characters)");
        }
        if (bodyRef == null && bodySha256 != null) {
            throw new InvalidEnvelopeException("envelope for shop " + shop + " has bodySha256 without bodyRef");
        }
    }

    /** Whether the payload travels inline; otherwise it has to be fetched through {@link #bodyRef()}. */
    public boolean hasInlineBody() {
        return body != null;
    }

    /** The same event with its payload moved out to {@code reference}. */
    public Envelope withBodyStoredAt(BodyReference reference, String sha256Hex) {
        return new Envelope(
                v,
                source,
                platform,
                shop,
                topic,
                webhookId,
                eventId,
                triggeredAt,
                apiVersion,
                receivedAt,
                format,
                null,
                reference,
                sha256Hex);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidEnvelopeException("envelope field '" + name + "' is required");
        }
    }
}
