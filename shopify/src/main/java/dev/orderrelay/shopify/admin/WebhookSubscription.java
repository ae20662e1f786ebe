package dev.orderrelay.shopify.admin;

import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One of the shop's webhook subscriptions made through the Admin API.
 *
 * @param id its GID, e.g. {@code gid://shopify/WebhookSubscription/1}
 * @param topic the GraphQL topic, e.g. {@code ORDERS_CREATE}
 * @param uri where Shopify delivers it: an HTTPS URL, a {@code pubsub://} address or an EventBridge ARN
 */
public record WebhookSubscription(String id, String topic, String uri) {

    private static final Pattern GRAPHQL_TOPIC = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * The GraphQL enum name of a topic given either way: {@code orders/create} or {@code ORDERS_CREATE} both give
     * {@code ORDERS_CREATE}.
     */
    public static String graphqlTopic(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("a webhook topic must not be blank");
        }
        String name = topic.trim().replace('/', '_').toUpperCase(Locale.ROOT);
        if (!GRAPHQL_TOPIC.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "'" + topic + "' is not a webhook topic such as orders/create or ORDERS_CREATE");
        }
        return name;
    }

    static WebhookSubscription from(JsonNode node) {
        return new WebhookSubscription(
                JsonFields.requiredString(node, "id", "a webhook subscription"),
                JsonFields.string(node, "topic"),
                JsonFields.string(node, "uri"));
    }
}
