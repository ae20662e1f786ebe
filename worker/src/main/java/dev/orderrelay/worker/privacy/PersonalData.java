package dev.orderrelay.worker.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where personal data sits in Shopify's order and refund payloads, REST webhook and admin-graphql alike, and the two
 * things done with it: list it (for a data request's export) and null it (for a redaction). Nulling is what Shopify
 * itself does to fields an app may not see (protected customer data), so the parsers already read such a payload:
 * a redacted order stays processable, as a guest order without contact data.
 */
final class PersonalData {

    /** Objects about a person as a whole: every value inside is personal. */
    static final Set<String> PERSON_OBJECTS = Set.of(
            "customer",
            "billing_address",
            "shipping_address",
            "default_address",
            "addresses",
            "client_details",
            "payment_details",
            "receipt",
            "destination",
            "billingAddress",
            "shippingAddress",
            "defaultAddress",
            "clientDetails",
            "paymentDetails");

    /**
     * Fields personal wherever they appear: contact data, names, IPs, free-text notes, and what ties an order to a
     * browser or shows it to anyone holding the link (landing and referring URLs with click ids, cart and checkout
     * tokens, the order status URL).
     */
    static final Set<String> PERSONAL_FIELDS = Set.of(
            "email",
            "contact_email",
            "phone",
            "first_name",
            "last_name",
            "firstName",
            "lastName",
            "browser_ip",
            "client_ip",
            "clientIp",
            "user_agent",
            "userAgent",
            "note",
            "landing_site",
            "landing_site_ref",
            "referring_site",
            "landingSite",
            "referringSite",
            "order_status_url",
            "statusPageUrl",
            "token",
            "cart_token",
            "checkout_token",
            "credit_card_name",
            "payer_email");

    /** Lists of name and value pairs of free text: cart attributes (client ids too), line item properties. */
    static final Set<String> FREE_TEXT_LISTS = Set.of("note_attributes", "customAttributes", "properties");

    /** Fields whose values are worth searching for in free text elsewhere; {@code name} only inside a person. */
    private static final Set<String> SEARCHABLE = Set.of(
            "email",
            "contact_email",
            "phone",
            "first_name",
            "last_name",
            "firstName",
            "lastName",
            "address1",
            "address2",
            "city",
            "zip",
            "company",
            "browser_ip",
            "client_ip",
            "clientIp",
            "credit_card_name",
            "payer_email");

    private PersonalData() {}

    /** Every personal value of the payload by its path (e.g. {@code shipping_address.address1}), in order. */
    static Map<String, String> fields(JsonNode root) {
        Map<String, String> found = new LinkedHashMap<>();
        visit(
                root,
                "",
                false,
                (path, value) -> found.put(path, value.isString() ? value.stringValue() : value.toString()));
        return found;
    }

    /**
     * Nulls every personal value of {@code root} in place, adding the searchable ones to {@code tokens}, so that
     * the same values can be found in free text elsewhere.
     */
    static void redact(JsonNode root, PersonalTokens tokens) {
        List<Runnable> nulling = new ArrayList<>();
        visit(root, "", false, (path, value) -> {
            if (isSearchable(path)) {
                tokens.add(value.isString() ? value.stringValue() : value.toString());
            }
        });
        collectNulling(root, nulling);
        nulling.forEach(Runnable::run);
    }

    private interface Found {
        void value(String path, JsonNode value);
    }

    private static void visit(JsonNode node, String path, boolean inPerson, Found found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                String at = path.isEmpty() ? name : path + "." + name;
                if (value.isNull()) {
                    continue;
                }
                if (inPerson || PERSONAL_FIELDS.contains(name)) {
                    visitAll(value, at, found);
                } else if (PERSON_OBJECTS.contains(name) && value.isContainer()) {
                    visit(value, at, true, found);
                } else if (FREE_TEXT_LISTS.contains(name) && value.isArray()) {
                    for (JsonNode pair : value) {
                        JsonNode text = pair.get("value");
                        if (text != null && !text.isNull()) {
                            found.value(at + "." + pairName(pair), text);
                        }
                    }
                } else {
                    visit(value, at, false, found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), path + "[" + i + "]", inPerson, found);
            }
        }
    }

    private static void visitAll(JsonNode value, String path, Found found) {
        if (value.isValueNode()) {
            found.value(path, value);
        } else {
            visit(value, path, true, found);
        }
    }

    private static void collectNulling(JsonNode node, List<Runnable> nulling) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (value.isNull()) {
                    continue;
                }
                if (PERSONAL_FIELDS.contains(name) || (PERSON_OBJECTS.contains(name) && value.isContainer())) {
                    nulling.add(() -> object.putNull(name));
                } else if (FREE_TEXT_LISTS.contains(name) && value.isArray()) {
                    for (JsonNode pair : value) {
                        if (pair instanceof ObjectNode entry && entry.has("value")) {
                            nulling.add(() -> entry.putNull("value"));
                        }
                    }
                } else {
                    collectNulling(value, nulling);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectNulling(element, nulling));
        }
    }

    private static String pairName(JsonNode pair) {
        JsonNode name = pair.has("name") ? pair.get("name") : pair.path("key");
        return name.isString() ? name.stringValue() : "?";
    }

    /** The last name of the path is searchable; a person's {@code name} (e.g. an address's) is, an order's is not. */
    private static boolean isSearchable(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        if (SEARCHABLE.contains(last)) {
            return true;
        }
        return last.equals("name") && path.contains(".");
    }
}
