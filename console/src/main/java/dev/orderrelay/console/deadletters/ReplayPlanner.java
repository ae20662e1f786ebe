package dev.orderrelay.console.deadletters;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeAttributes;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.InvalidEnvelopeException;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.parked.ParkedEvent;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Works out what replaying a parked event sends, or refuses with {@link NotReplayableException} and nothing
 * changed: a process-stage envelope goes back to the ingest queue with its source rewritten to {@code replay} (the
 * worker then skips its seen-delivery check), a deliver-stage delivery message goes back verbatim to its kind's
 * queue. A message that cannot be read (poison from a dead-letter queue), or that belongs to another shop, is
 * refused. Refusals never quote the message: it may hold customer data.
 */
class ReplayPlanner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReplayQueues queues;

    ReplayPlanner(ReplayQueues queues) {
        this.queues = queues;
    }

    ReplayPlan plan(ParkedEvent event) {
        return switch (event.stage()) {
            case INGEST -> eventBridgeEvent(event);
            case PROCESS -> envelope(event);
            case DELIVER -> delivery(event);
        };
    }

    /** The EventBridge event as it arrived, back to the receiver's queue, which reads it again. */
    private ReplayPlan eventBridgeEvent(ParkedEvent event) {
        String queue = queues.eventbridgeQueue()
                .orElseThrow(() -> refused(
                        event,
                        "it is an EventBridge event and no EventBridge queue is configured"
                                + " (relay.console.eventbridge-queue); discard it instead"));
        if (event.message() == null || event.message().isBlank()) {
            throw refused(event, "it has no message to replay");
        }
        return new ReplayPlan(queue, event.message(), Map.of(), null);
    }

    private ReplayPlan envelope(ParkedEvent event) {
        Envelope envelope;
        try {
            envelope = EnvelopeJson.read(event.message() == null ? "" : event.message());
        } catch (InvalidEnvelopeException e) {
            // Our own validation messages name fields only; a parser's may quote the input, so it is not shown.
            String why = e.getCause() == null ? " (" + e.getMessage() + ")" : "";
            throw refused(event, "its message is not a readable ingest envelope" + why);
        }
        requireSameShop(event, envelope.shop());
        ObjectNode replayed = (ObjectNode) JSON.readTree(event.message());
        replayed.put("source", EnvelopeSource.REPLAY.wireName());
        return new ReplayPlan(
                queues.ingest(),
                JSON.writeValueAsString(replayed),
                Map.of(EnvelopeAttributes.SHOP, envelope.shop(), EnvelopeAttributes.TOPIC, envelope.topic()),
                null);
    }

    private ReplayPlan delivery(ParkedEvent event) {
        JsonNode message = readObject(event);
        if (message.path("v").asInt(0) != 1) {
            throw refused(event, "its delivery message has no known format version (v=1 expected)");
        }
        String shop = field(event, message, "shop");
        requireSameShop(event, shop);
        String kind = field(event, message, "kind");
        String queue = queues.delivery(kind)
                .orElseThrow(() -> refused(event, "its destination kind '" + kind + "' has no delivery queue"));
        DeliveryKey key;
        try {
            key = new DeliveryKey(
                    shop,
                    field(event, message, "orderId"),
                    field(event, message, "destination"),
                    field(event, message, "event"));
        } catch (IllegalArgumentException e) {
            throw refused(event, "its delivery message names no valid delivery (" + e.getMessage() + ")");
        }
        return new ReplayPlan(queue, event.message(), Map.of("shop", shop, "destination", key.destination()), key);
    }

    private static JsonNode readObject(ParkedEvent event) {
        try {
            JsonNode message = event.message() == null ? null : JSON.readTree(event.message());
            if (message != null && message.isObject()) {
                return message;
            }
        } catch (JacksonException notJson) {
            // refused below, without the parser's words
        }
        throw refused(event, "its message is not a JSON delivery message");
    }

    private static String field(ParkedEvent event, JsonNode message, String name) {
        JsonNode value = message.path(name);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw refused(event, "its delivery message has no '" + name + "'");
        }
        return value.stringValue();
    }

    private static void requireSameShop(ParkedEvent event, String shop) {
        if (!event.shop().equals(shop)) {
            throw refused(event, "its message belongs to another shop than the one it is parked under");
        }
    }

    private static NotReplayableException refused(ParkedEvent event, String why) {
        return new NotReplayableException("Dead letter " + DeadLetterId.of(event) + " cannot be replayed: " + why
                + ". Discard it with a reason; if the event is still needed, have it sent again (the reconciler"
                + " requeues orders missing from the ledger).");
    }
}
