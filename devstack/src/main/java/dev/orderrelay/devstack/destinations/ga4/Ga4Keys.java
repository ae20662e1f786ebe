package dev.orderrelay.devstack.destinations.ga4;

import dev.orderrelay.devstack.destinations.PeerJson;
import tools.jackson.databind.JsonNode;

/**
 * The dedupe key GA4 would apply to an event. GA4 dedupes {@code purchase} by {@code transaction_id}; a refund repeats
 * its purchase's {@code transaction_id} and has no key of its own, so an identical repeat (same parameters) is what
 * counts as a duplicate there, as for any other event.
 */
final class Ga4Keys {

    private Ga4Keys() {}

    static String key(String name, JsonNode params) {
        String transactionId = transactionId(params);
        if ("purchase".equals(name) && transactionId != null) {
            return transactionId;
        }
        String hash = PeerJson.hash(params);
        if ("refund".equals(name) && transactionId != null) {
            return "refund:" + transactionId + ":" + hash;
        }
        return name + ":" + hash;
    }

    /** The event's {@code transaction_id} as text, or {@code null}. */
    static String transactionId(JsonNode params) {
        return params == null ? null : PeerJson.idText(params.get("transaction_id"));
    }
}
