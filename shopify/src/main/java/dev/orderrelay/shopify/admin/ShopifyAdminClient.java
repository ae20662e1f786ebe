package dev.orderrelay.shopify.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Admin API of one shop, as the reconciler and the worker's enrichment use it. Get one from {@link ShopifyAdminClients#forShop}; clients of
 * the same shop share its cost bucket. Every method may throw a {@link ShopifyAdminException} (see its subclasses)
 * naming the shop and what to do.
 */
public final class ShopifyAdminClient {

    private static final Pattern LEGACY_ID = Pattern.compile("[1-9][0-9]{0,19}");

    /** Products asked for per request: well under Shopify's {@code nodes} limit, and a cheap query. */
    static final int PRODUCTS_PER_REQUEST = 100;

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
     * The product type and taxonomy category of each of these products, by product id; a product Shopify does not
     * have (deleted since the order) gets {@link ProductClassification#none}. Asks {@value #PRODUCTS_PER_REQUEST} at a
     * time.
     *
     * @param productIds numeric product ids, e.g. {@code 7981120143389}
     */
    public Map<String, ProductClassification> products(Collection<String> productIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(productIds));
        ids.forEach(id -> requireLegacyId(id, "a product id"));
        Map<String, ProductClassification> found = new LinkedHashMap<>();
        for (int start = 0; start < ids.size(); start += PRODUCTS_PER_REQUEST) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + PRODUCTS_PER_REQUEST));
            ArrayNode gids = JsonNodeFactory.instance.arrayNode();
            chunk.forEach(id -> gids.add("gid://shopify/Product/" + id));
            ObjectNode variables = JsonNodeFactory.instance.objectNode();
            variables.set("ids", gids);
            for (JsonNode node : caller.call(AdminDocument.PRODUCTS, variables).path("nodes")) {
                if (node.isObject() && node.path("legacyResourceId").isString()) {
                    ProductClassification product = ProductClassification.from(node);
                    found.put(product.productId(), product);
                }
            }
            chunk.forEach(id -> found.putIfAbsent(id, ProductClassification.none(id)));
        }
        return Map.copyOf(found);
    }

    /**
     * Where the order stands in its customer's history, or empty when the shop has no such order.
     *
     * @param legacyId the numeric order id, e.g. {@code 820982911946154508}
     */
    public Optional<OrderJourney> orderJourney(String legacyId) {
        requireLegacyId(legacyId, "an order id");
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        variables.put("id", "gid://shopify/Order/" + legacyId);
        JsonNode order = caller.call(AdminDocument.ORDER_JOURNEY, variables).path("order");
        return order.isObject() ? Optional.of(OrderJourney.from(order)) : Optional.empty();
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

    private void requireLegacyId(String id, String what) {
        if (id == null || !LEGACY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    what + " is numeric, e.g. 820982911946154508, was '" + id + "' (shop " + shop.domain() + ")");
        }
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
