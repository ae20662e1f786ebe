package dev.orderrelay.devstack.destinations.ga4;

import dev.orderrelay.devstack.destinations.PeerJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * One problem GA4 finds in a Measurement Protocol request, as {@code /debug/mp/collect} lists it.
 *
 * @param fieldPath where, such as {@code events[0].params.currency}; empty for the request as a whole
 * @param description what is wrong, for a person
 * @param validationCode the kind of problem
 */
record ValidationMessage(String fieldPath, String description, ValidationCode validationCode) {

    ObjectNode toJson() {
        ObjectNode node = PeerJson.object();
        node.put("fieldPath", fieldPath);
        node.put("description", description);
        node.put("validationCode", validationCode.name());
        return node;
    }

    /** The message as a drop reason, such as {@code events[0].params.currency: ... (VALUE_REQUIRED)}. */
    String asReason() {
        return (fieldPath.isEmpty() ? "" : fieldPath + ": ") + description + " (" + validationCode + ")";
    }
}
