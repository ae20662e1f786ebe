package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.Envelope;

/** Envelope changes a redaction makes and the envelope itself does not offer. */
final class Envelopes {

    private Envelopes() {}

    /** The same event with {@code body} inline (no stored body any more). */
    static Envelope withInlineBody(Envelope envelope, String body) {
        return new Envelope(
                envelope.v(),
                envelope.source(),
                envelope.platform(),
                envelope.shop(),
                envelope.topic(),
                envelope.webhookId(),
                envelope.eventId(),
                envelope.triggeredAt(),
                envelope.apiVersion(),
                envelope.receivedAt(),
                envelope.format(),
                body,
                null,
                null);
    }
}
