package dev.orderrelay.worker.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the REST webhook bodies of the privacy and lifecycle topics as Shopify sends them (privacy-law-compliance
 * page): {@code shop_id}, {@code shop_domain}, {@code customer {id, email, phone}}, {@code orders_to_redact} or
 * {@code orders_requested}, {@code data_request {id}}; {@code app/uninstalled} carries the Shop resource. Ids may
 * come as JSON numbers or digit strings. A payload naming another shop than the delivery's signed header is refused:
 * a redaction must never reach the wrong shop.
 */
final class PrivacyPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,30}");
    private static final String GID_PREFIX = "gid://shopify/";

    private PrivacyPayloads() {}

    /** A {@code customers/redact} ({@code orders_to_redact}) or, with a data request id, a data request. */
    static CustomerRequest customer(String topic, String body, String shop) {
        JsonNode root = object(topic, body);
        requireShop(topic, root, "shop_domain", shop);
        boolean dataRequest = PrivacyTopic.CUSTOMERS_DATA_REQUEST.topic().equals(topic);
        JsonNode customer = root.path("customer");
        if (!customer.isObject()) {
            throw new InvalidPrivacyPayloadException(topic + " payload of shop " + shop + " has no customer object");
        }
        String customerId = id(topic, customer, "id", "customer.id");
        String email = text(topic, customer, "email", "customer.email");
        String phone = text(topic, customer, "phone", "customer.phone");
        if (customerId == null && email == null && phone == null) {
            throw new InvalidPrivacyPayloadException(topic + " payload of shop " + shop
                    + " names no customer: customer.id, customer.email and customer.phone are all missing");
        }
        String ordersField = dataRequest ? "orders_requested" : "orders_to_redact";
        List<String> orders = new ArrayList<>();
        JsonNode list = root.path(ordersField);
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray()) {
                throw new InvalidPrivacyPayloadException(
                        topic + " payload of shop " + shop + ": " + ordersField + " must be a list of order ids");
            }
            for (int i = 0; i < list.size(); i++) {
                orders.add(idValue(topic, list.get(i), ordersField + "[" + i + "]"));
            }
        }
        String dataRequestId = null;
        if (dataRequest) {
            dataRequestId = id(topic, root.path("data_request"), "id", "data_request.id");
            if (dataRequestId == null) {
                throw new InvalidPrivacyPayloadException(
                        topic + " payload of shop " + shop + " has no data_request.id");
            }
        }
        return new CustomerRequest(
                id(topic, root, "shop_id", "shop_id"),
                shop,
                customerId,
                email == null ? null : email.toLowerCase(Locale.ROOT),
                phone,
                orders,
                dataRequestId);
    }

    /** A {@code shop/redact}: the shop it names must be the delivery's. */
    static void shopRedact(String body, String shop) {
        String topic = PrivacyTopic.SHOP_REDACT.topic();
        JsonNode root = object(topic, body);
        if (!root.has("shop_domain")) {
            throw new InvalidPrivacyPayloadException(topic + " payload of shop " + shop + " has no shop_domain");
        }
        requireShop(topic, root, "shop_domain", shop);
    }

    /** An {@code app/uninstalled}: the Shop resource; where it names its domain, that must be the delivery's. */
    static void appUninstalled(String body, String shop) {
        String topic = PrivacyTopic.APP_UNINSTALLED.topic();
        requireShop(topic, object(topic, body), "myshopify_domain", shop);
    }

    private static JsonNode object(String topic, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidPrivacyPayloadException(topic + " payload is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPrivacyPayloadException(topic + " payload is not a JSON object");
        }
        return root;
    }

    private static void requireShop(String topic, JsonNode root, String field, String shop) {
        JsonNode named = root.get(field);
        if (named == null || named.isNull()) {
            return;
        }
        if (!named.isString() || !named.stringValue().equalsIgnoreCase(shop)) {
            throw new InvalidPrivacyPayloadException(topic + " payload names another shop in " + field
                    + " than the delivery's " + shop + "; nothing was done");
        }
    }

    private static String id(String topic, JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : idValue(topic, value, path);
    }

    /** A numeric id from a JSON integer, a digit string or a {@code gid://shopify/Type/123} string. */
    private static String idValue(String topic, JsonNode value, String path) {
        String text = null;
        if (value.isIntegralNumber()) {
            text = value.bigIntegerValue().toString();
        } else if (value.isString()) {
            text = value.stringValue().startsWith(GID_PREFIX)
                    ? value.stringValue().substring(value.stringValue().lastIndexOf('/') + 1)
                    : value.stringValue();
        }
        if (text == null || !DIGITS.matcher(text).matches()) {
            throw new InvalidPrivacyPayloadException(topic + " payload: " + path + " is not an id");
        }
        return text;
    }

    private static String text(String topic, JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidPrivacyPayloadException(topic + " payload: " + path + " is not text");
        }
        return value.stringValue().isBlank() ? null : value.stringValue().strip();
    }
}
