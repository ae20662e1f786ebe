package dev.orderrelay.console.deadletters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shows a parked message with customer data masked: emails, names, phones, addresses and the like, by JSON key,
 * wherever they sit (an envelope's body is read from its JSON string and masked too). A deny-list by key is a best
 * effort, not a guarantee, which is why only support may read the detail view at all.
 */
final class MessageMasker {

    static final String MASK = "[masked]";

    /** Keys whose values are customer data wherever they appear. */
    private static final Set<String> ALWAYS = Set.of(
            "email",
            "contact_email",
            "customer_email",
            "phone",
            "first_name",
            "last_name",
            "company",
            "address1",
            "address2",
            "city",
            "zip",
            "province",
            "latitude",
            "longitude",
            "browser_ip",
            "user_agent",
            "note");

    /** Objects (or lists of them) that describe a person, where {@code name} is the person's name. */
    private static final Set<String> PERSON_OBJECTS =
            Set.of("customer", "billing_address", "shipping_address", "default_address", "addresses", "origin_address");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the detail view shows of a message. */
    record Masked(JsonNode message, String note) {}

    Masked mask(String message) {
        JsonNode root = parse(message);
        if (root == null || !root.isContainer()) {
            return new Masked(
                    null,
                    "the message is not a JSON object (" + length(message)
                            + " characters); it is not shown, as it may hold customer data");
        }
        String note = null;
        if (root instanceof ObjectNode envelope && envelope.path("body").isString()) {
            String body = envelope.path("body").stringValue();
            JsonNode parsed = parse(body);
            if (parsed != null && parsed.isContainer()) {
                envelope.set("body", parsed);
                note = "the envelope's body is shown as JSON, masked";
            } else {
                envelope.put("body", "[not JSON: " + body.length() + " characters, not shown]");
                note = "the envelope's body is not JSON; it is not shown, as it may hold customer data";
            }
        }
        maskIn(root, false);
        return new Masked(root, note);
    }

    private static void maskIn(JsonNode node, boolean person) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(object.properties());
            for (Map.Entry<String, JsonNode> property : properties) {
                String key = property.getKey();
                JsonNode value = property.getValue();
                if (value.isNull()) {
                    continue;
                }
                if (ALWAYS.contains(key) || (person && key.equals("name"))) {
                    object.put(key, MASK);
                } else {
                    maskIn(value, PERSON_OBJECTS.contains(key));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                maskIn(element, person);
            }
        }
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
