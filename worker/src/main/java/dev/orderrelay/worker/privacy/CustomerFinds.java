package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.InvalidEnvelopeException;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedStage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a parked event holds about a customer, for a data request's export, read the same way a redaction judges it
 * ({@link CustomerMatch}): the personal fields of its payload, the identifiers of its delivery message, or, for a
 * payload that is not JSON and mentions the customer, the text itself.
 */
final class CustomerFinds {

    private final BodyObjects objects;

    CustomerFinds(BodyObjects objects) {
        this.objects = objects;
    }

    /** The customer's data in the event, by path; empty when the event is not about the customer. */
    Optional<Map<String, String>> inParked(ParkedEvent event, CustomerMatch match) {
        if (event.stage() == ParkedStage.DELIVER) {
            return delivery(event.message(), match);
        }
        Envelope envelope;
        try {
            envelope = EnvelopeJson.read(event.message());
        } catch (InvalidEnvelopeException unreadable) {
            return raw(event.message(), match);
        }
        Optional<String> body = envelope.hasInlineBody()
                ? Optional.of(envelope.body())
                : objects.read(envelope.bodyRef().bucket(), envelope.bodyRef().key());
        return body.flatMap(text -> inPayload(text, match));
    }

    /** The personal fields of a payload of the customer's; empty when it is not theirs. */
    static Optional<Map<String, String>> inPayload(String text, CustomerMatch match) {
        Optional<JsonNode> payload = JsonRedaction.parse(text);
        if (payload.isEmpty()) {
            return raw(text, match);
        }
        return match.ownsPayload(payload.get()) ? Optional.of(PersonalData.fields(payload.get())) : Optional.empty();
    }

    private static Optional<Map<String, String>> delivery(String message, CustomerMatch match) {
        Optional<JsonNode> tree = JsonRedaction.parse(message);
        if (tree.isEmpty()) {
            return raw(message, match);
        }
        if (!tree.get().isObject() || !match.ownsDelivery(tree.get())) {
            return Optional.empty();
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String part : new String[] {"identity", "attribution"}) {
            JsonNode node = tree.get().path("payload").path(part);
            node.properties().forEach(field -> found.put(part + "." + field.getKey(), text(field.getValue())));
        }
        return Optional.of(found);
    }

    private static Optional<Map<String, String>> raw(String text, CustomerMatch match) {
        return match.mentionedIn(text) ? Optional.of(Map.of("unreadablePayload", text)) : Optional.empty();
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.stringValue() : value.toString();
    }
}
