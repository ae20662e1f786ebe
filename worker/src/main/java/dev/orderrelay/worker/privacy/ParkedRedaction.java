package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.InvalidEnvelopeException;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import dev.orderrelay.ledger.privacy.LedgerRedactions;
import java.time.Clock;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Redacts the shop's parked events that are about the customer, page by page through the shop's partition (by key).
 * An envelope keeps its place in the pipeline: an inline JSON payload is redacted in place, a stored one points to
 * its redacted copy, so a replay still works. A payload that is not JSON cannot be redacted field by field: if it
 * mentions the customer it is removed, and the event, which could never be processed anyway, is discarded with
 * that reason. A delivery message loses the identifiers its event carried.
 */
final class ParkedRedaction {

    static final String REMOVED = "[removed by customers/redact]";
    private static final int PAGE = 100;

    private final ParkedEvents parked;
    private final LedgerRedactions rewrites;
    private final BodyObjects objects;
    private final Clock clock;

    ParkedRedaction(ParkedEvents parked, LedgerRedactions rewrites, BodyObjects objects, Clock clock) {
        this.parked = parked;
        this.rewrites = rewrites;
        this.objects = objects;
        this.clock = clock;
    }

    void redact(RedactionRun run) {
        String before = ParkedEvents.idsUpTo(clock.instant());
        String after = null;
        do {
            ParkedEvents.Slice page = parked.page(run.shop, before, after, PAGE);
            page.events().forEach(event -> redact(run, event));
            after = page.lastId();
        } while (after != null);
    }

    /** What became of one message: its new text, and whether its payload had to go whole. */
    private record Outcome(String message, boolean removed) {}

    private void redact(RedactionRun run, ParkedEvent event) {
        Outcome outcome = event.stage() == ParkedStage.DELIVER ? delivery(run, event.message()) : envelope(run, event);
        boolean ours = outcome != null || run.match.mentionedIn(event.reason());
        if (!ours) {
            return;
        }
        String message = outcome == null ? event.message() : outcome.message();
        String reason = run.tokens.scrub(event.reason());
        if (message.equals(event.message()) && reason.equals(event.reason())) {
            return;
        }
        rewrites.rewriteParked(run.shop, event.id(), message, reason);
        run.parkedEvents++;
        if (outcome != null && outcome.removed() && event.status() == ParkedStatus.PARKED) {
            parked.resolve(
                    run.shop,
                    event.id(),
                    ParkedStatus.DISCARDED,
                    "shopify",
                    "payload removed by customers/redact: it was not JSON, so it could not be redacted field by field");
        }
    }

    /** A parked envelope (or an unreadable message); null when it is not about the customer. */
    private Outcome envelope(RedactionRun run, ParkedEvent event) {
        Envelope envelope;
        try {
            envelope = EnvelopeJson.read(event.message());
        } catch (InvalidEnvelopeException unreadable) {
            return run.match.mentionedIn(event.message()) ? new Outcome(REMOVED, true) : null;
        }
        if (envelope.hasInlineBody()) {
            return inline(run, envelope);
        }
        Optional<RedactionRun.Moved> moved = run.movedFrom(envelope.bodyRef());
        if (moved.isPresent()) {
            return new Outcome(
                    write(envelope.withBodyStoredAt(
                            moved.get().to(), moved.get().sha256())),
                    false);
        }
        return stored(run, envelope);
    }

    private Outcome inline(RedactionRun run, Envelope envelope) {
        Optional<JsonNode> payload = JsonRedaction.parse(envelope.body());
        if (payload.isPresent()) {
            if (!run.match.ownsPayload(payload.get())) {
                return null;
            }
            remember(run, payload.get());
            String redacted = JsonRedaction.write(JsonRedaction.payload(payload.get(), run.customerId(), run.tokens));
            return new Outcome(write(Envelopes.withInlineBody(envelope, redacted)), false);
        }
        return run.match.mentionedIn(envelope.body())
                ? new Outcome(write(Envelopes.withInlineBody(envelope, REMOVED)), true)
                : null;
    }

    /** A stored payload the index did not lead to (an event parked before its order was read): read it to judge. */
    private Outcome stored(RedactionRun run, Envelope envelope) {
        BodyReference reference = envelope.bodyRef();
        Optional<String> text = objects.read(reference.bucket(), reference.key());
        if (text.isEmpty()) {
            return null;
        }
        Optional<JsonNode> payload = JsonRedaction.parse(text.get());
        if (payload.isPresent()) {
            if (!run.match.ownsPayload(payload.get())) {
                return null;
            }
            remember(run, payload.get());
            String redacted = JsonRedaction.write(JsonRedaction.payload(payload.get(), run.customerId(), run.tokens));
            BodyReference to = objects.write(reference.bucket(), redacted);
            String sha256 = BodyObjects.sha256(redacted);
            run.moved(reference, to, sha256);
            if (!to.equals(reference)) {
                run.oldObjects.add(reference);
            }
            return new Outcome(write(envelope.withBodyStoredAt(to, sha256)), false);
        }
        if (!run.match.mentionedIn(text.get())) {
            return null;
        }
        run.oldObjects.add(reference);
        return new Outcome(write(Envelopes.withInlineBody(envelope, REMOVED)), true);
    }

    /** A parked delivery message; null when it is not about the customer. */
    private Outcome delivery(RedactionRun run, String message) {
        Optional<JsonNode> tree = JsonRedaction.parse(message);
        if (tree.isPresent()) {
            if (!tree.get().isObject() || !run.match.ownsDelivery(tree.get())) {
                return null;
            }
            if (tree.get().path("orderId").isString()) {
                run.orders.add(tree.get().get("orderId").stringValue());
            }
            return new Outcome(
                    JsonRedaction.write(JsonRedaction.deliveryMessage(tree.get(), run.customerId(), run.tokens)),
                    false);
        }
        return run.match.mentionedIn(message) ? new Outcome(REMOVED, true) : null;
    }

    private static void remember(RedactionRun run, JsonNode payload) {
        String orderId = CustomerMatch.orderIdOf(payload);
        if (orderId != null) {
            run.orders.add(orderId);
        }
    }

    private static String write(Envelope envelope) {
        return EnvelopeJson.write(envelope);
    }
}
