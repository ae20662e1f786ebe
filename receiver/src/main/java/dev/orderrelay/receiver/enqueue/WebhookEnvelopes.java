package dev.orderrelay.receiver.enqueue;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.PayloadFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Wraps a verified Shopify webhook in an envelope, its body verbatim, under the source it came by. */
final class WebhookEnvelopes {

    private WebhookEnvelopes() {}

    /**
     * The inline envelope, or empty when the body is not valid UTF-8: such bytes cannot be a JSON string without
     * changing them, so they can only travel by reference, byte for byte.
     */
    static Optional<Envelope> inline(IncomingWebhook webhook) {
        return strictUtf8(webhook.body()).map(body -> envelope(webhook, body));
    }

    /** An envelope for a body that travels by reference; the reference is filled in once the body is stored. */
    static Envelope placeholder(IncomingWebhook webhook) {
        return envelope(webhook, "");
    }

    private static Envelope envelope(IncomingWebhook webhook, String body) {
        return new Envelope(
                Envelope.CURRENT_VERSION,
                webhook.source(),
                Envelope.PLATFORM_SHOPIFY,
                webhook.shop(),
                webhook.topic(),
                webhook.webhookId(),
                webhook.eventId(),
                webhook.triggeredAt(),
                webhook.apiVersion(),
                webhook.receivedAt(),
                PayloadFormat.REST_WEBHOOK,
                body,
                null,
                null);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
