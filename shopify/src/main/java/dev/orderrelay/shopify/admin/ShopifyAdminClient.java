package dev.orderrelay.shopify.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Admin API of one shop, as the reconciler uses it. Get one from {@link ShopifyAdminClients#forShop}; clients of
 * the same shop share its cost bucket. Every method may throw a {@link ShopifyAdminException} (see its subclasses)
 * naming the shop and what to do.
 */
public final class ShopifyAdminClient {

    private static final Pattern LEGACY_ID = Pattern.compile("[1-9][0-9]{0,19}");

    private final ShopifyShop shop;
    private final GraphqlCaller caller;
    private final OrderAssembler assembler;

    ShopifyAdminClient(ShopifyShop shop, GraphqlCaller caller) {
        this.shop = shop;
        this.caller = caller;
        this.assembler = new OrderAssembler(shop, caller);
    }

    /** The shop this client talks to. */
    public ShopifyShop shop() {
        return shop;
    }

    /** How many orders were created in the window (every status, test orders included). */
    public OrderCount ordersCount(OrderWindow window) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        variables.put("query", window.createdAtQuery());
        JsonNode count = caller.call(AdminDocument.ORDERS_COUNT, variables).path("ordersCount");
        if (!count.path("count").isNumber() || !count.path("precision").isString()) {
            throw new ShopifyAdminException(
                    shop.domain(),
                    "Shopify's ordersCount for shop " + shop.domain() + " lacks count or precision",
                    true,
                    null);
        }
        return new OrderCount(
                count.path("count").longValue(),
                CountPrecision.valueOf(count.path("precision").stringValue()));
    }

    /** Every order created in the window, oldest first, all pages read. */
    public List<CreatedOrderSummary> ordersCreated(OrderWindow window) {
        return allOrders(AdminDocument.ORDERS_CREATED, window.createdAtQuery(), CreatedOrderSummary::from);
    }

    /** Every order updated in the window, least recently updated first, with its refunds and cancellation. */
    public List<UpdatedOrderSummary> ordersUpdated(OrderWindow window) {
        return allOrders(AdminDocument.ORDERS_UPDATED, window.updatedAtQuery(), UpdatedOrderSummary::from);
    }

    /**
     * The complete {@code admin-graphql} body of an order (every line item and every refund line merged in), or empty
     * when the shop has no such order.
     *
     * @param legacyId the numeric order id, e.g. {@code 820982911946154508}
     */
    public Optional<ObjectNode> order(String legacyId) {
        if (legacyId == null || !LEGACY_ID.matcher(legacyId).matches()) {
            throw new IllegalArgumentException("an order id is the numeric id such as 820982911946154508, was '"
                    + legacyId + "' (shop " + shop.domain() + ")");
        }
        return assembler.order(legacyId);
    }

    /**
     * The shop's webhook subscriptions for these topics (up to 50), made through the Admin API.
     *
     * @param topics as {@code orders/create} or {@code ORDERS_CREATE}
     */
    public List<WebhookSubscription> webhookSubscriptions(Collection<String> topics) {
        ArrayNode names = JsonNodeFactory.instance.arrayNode();
        topics.stream().map(WebhookSubscription::graphqlTopic).forEach(names::add);
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        variables.set("topics", names);
        JsonNode nodes = caller.call(AdminDocument.WEBHOOK_SUBSCRIPTIONS, variables)
                .path("webhookSubscriptions")
                .path("nodes");
        return JsonFields.each(nodes, WebhookSubscription::from);
    }

    /**
     * Subscribes the shop to a topic, delivered as JSON to {@code uri}.
     *
     * @param topic as {@code orders/create} or {@code ORDERS_CREATE}
     * @param uri an HTTPS URL, a {@code pubsub://} address or an EventBridge source ARN
     * @return the subscription, or Shopify's {@code userErrors} (e.g. the topic is already subscribed at that uri)
     */
    public WebhookSubscriptionOutcome createWebhookSubscription(String topic, String uri) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("a webhook subscription needs a uri (shop " + shop.domain() + ")");
        }
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        variables.put("topic", WebhookSubscription.graphqlTopic(topic));
        variables.put("uri", uri);
        JsonNode result = caller.call(AdminDocument.WEBHOOK_SUBSCRIPTION_CREATE, variables)
                .path("webhookSubscriptionCreate");
        List<UserError> errors = JsonFields.each(result.path("userErrors"), UserError::from);
        if (!errors.isEmpty()) {
            return new SubscriptionRefused(errors);
        }
        if (!result.path("webhookSubscription").isObject()) {
            throw new ShopifyAdminException(
                    shop.domain(),
                    "Shopify created no " + topic + " subscription for shop " + shop.domain()
                            + " and gave no reason; list the subscriptions to see what exists.",
                    true,
                    null);
        }
        return new SubscriptionCreated(WebhookSubscription.from(result.path("webhookSubscription")));
    }

    private <T> List<T> allOrders(AdminDocument document, String query, Function<JsonNode, T> reader) {
        List<T> orders = new ArrayList<>();
        String after = null;
        while (true) {
            ObjectNode variables = JsonNodeFactory.instance.objectNode();
            variables.put("query", query);
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode connection = caller.call(document, variables).path("orders");
            connection.path("nodes").forEach(node -> orders.add(reader.apply(node)));
            JsonNode pageInfo = connection.path("pageInfo");
            if (!pageInfo.path("hasNextPage").isBoolean()
                    || !pageInfo.path("hasNextPage").booleanValue()) {
                return List.copyOf(orders);
            }
            String next = pageInfo.path("endCursor").isString()
                    ? pageInfo.path("endCursor").stringValue()
                    : null;
            if (next == null || next.equals(after)) {
                // Without a new cursor the next request would ask for the same page forever.
                throw new ShopifyAdminException(
                        shop.domain(),
                        "Shopify said " + document.documentName() + " for shop " + shop.domain()
                                + " has a next page but gave no new cursor; listing stopped after " + orders.size()
                                + " orders. Run again later.",
                        true,
                        null);
            }
            after = next;
        }
    }
}
