package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.InvalidEnvelopeException;
import dev.orderrelay.ledger.held.HeldEvent;
import dev.orderrelay.ledger.held.HeldEvents;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Redacts the events held for the customer's orders (refunds that arrived before their order): an inline payload in
 * place, a stored one pointed at the redacted copy the stored-body step made, so the held event still applies when
 * its order comes. Held by key, so the same held id is rewritten, never duplicated.
 */
final class HeldRedaction {

    private final HeldEvents held;

    HeldRedaction(HeldEvents held) {
        this.held = held;
    }

    void redact(RedactionRun run) {
        for (String orderId : run.orders) {
            for (HeldEvent event : held.forOrder(run.shop, orderId)) {
                redacted(run, event.message()).ifPresent(message -> {
                    held.hold(run.shop, orderId, event.heldId(), event.topic(), message);
                    run.heldEvents++;
                });
            }
        }
    }

    private static Optional<String> redacted(RedactionRun run, String message) {
        Envelope envelope;
        try {
            envelope = EnvelopeJson.read(message);
        } catch (InvalidEnvelopeException unreadable) {
            return run.match.mentionedIn(message) ? Optional.of(ParkedRedaction.REMOVED) : Optional.empty();
        }
        if (!envelope.hasInlineBody()) {
            return run.movedFrom(envelope.bodyRef())
                    .map(moved -> EnvelopeJson.write(envelope.withBodyStoredAt(moved.to(), moved.sha256())));
        }
        Optional<JsonNode> payload = JsonRedaction.parse(envelope.body());
        if (payload.isEmpty()) {
            return run.match.mentionedIn(envelope.body())
                    ? Optional.of(EnvelopeJson.write(Envelopes.withInlineBody(envelope, ParkedRedaction.REMOVED)))
                    : Optional.empty();
        }
        String redacted = JsonRedaction.write(JsonRedaction.payload(payload.get(), run.customerId(), run.tokens));
        return redacted.equals(envelope.body())
                ? Optional.empty()
                : Optional.of(EnvelopeJson.write(Envelopes.withInlineBody(envelope, redacted)));
    }
}
