package dev.orderrelay.shopify.admin;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the complete {@code admin-graphql} order body: the {@code order} of {@code Order.graphql} with every line item
 * ({@code OrderLineItems} pages merged into {@code lineItems.nodes}, {@code pageInfo.hasNextPage} false) and, in each
 * refund, {@code refundLineItems: {"nodes": [...]}} with every line ({@code RefundLineItems} pages merged).
 */
final class OrderAssembler {

    static final String ORDER_GID = "gid://shopify/Order/";

    /** A guard against an answer that never stops saying there is a next page: 500,000 lines at 50 a page. */
    private static final int MAX_PAGES = 10_000;

    private final ShopifyShop shop;
    private final GraphqlCaller caller;

    OrderAssembler(ShopifyShop shop, GraphqlCaller caller) {
        this.shop = shop;
        this.caller = caller;
    }

    /** The complete order, or empty when the shop has no such order (or it was deleted while being read). */
    Optional<ObjectNode> order(String legacyId) {
        String gid = ORDER_GID + legacyId;
        ObjectNode data = caller.call(AdminDocument.ORDER, variables(gid, null));
        if (!(data.get("order") instanceof ObjectNode order)) {
            return Optional.empty();
        }
        if (!completeLineItems(legacyId, gid, order)) {
            return Optional.empty();
        }
        for (JsonNode refund : order.path("refunds")) {
            if (refund instanceof ObjectNode refundObject) {
                refundObject.set("refundLineItems", refundLines(legacyId, refundObject));
            }
        }
        return Optional.of(order);
    }

    /** Merges the next pages of line items; false if the order disappeared meanwhile. */
    private boolean completeLineItems(String legacyId, String gid, ObjectNode order) {
        if (!(order.get("lineItems") instanceof ObjectNode lineItems)) {
            throw incomplete(legacyId, "its lineItems");
        }
        ArrayNode nodes = nodesOf(lineItems, legacyId);
        JsonNode pageInfo = lineItems.path("pageInfo");
        for (int page = 1; hasNextPage(pageInfo); page++) {
            ObjectNode data =
                    caller.call(AdminDocument.ORDER_LINE_ITEMS, variables(gid, cursor(legacyId, pageInfo, page)));
            if (!(data.get("order") instanceof ObjectNode pageOrder)) {
                return false;
            }
            JsonNode next = pageOrder.path("lineItems");
            nodes.addAll(nodesOf(next, legacyId));
            pageInfo = next.path("pageInfo");
        }
        ObjectNode complete = JsonNodeFactory.instance.objectNode();
        complete.put("hasNextPage", false);
        complete.set("endCursor", pageInfo.path("endCursor").isString() ? pageInfo.get("endCursor") : null);
        lineItems.set("pageInfo", complete);
        return true;
    }

    private ObjectNode refundLines(String legacyId, ObjectNode refund) {
        String refundId = JsonFields.string(refund, "id");
        if (refundId == null) {
            throw incomplete(legacyId, "the id of one of its refunds");
        }
        ArrayNode nodes = JsonNodeFactory.instance.arrayNode();
        String after = null;
        for (int page = 1; ; page++) {
            ObjectNode data = caller.call(AdminDocument.REFUND_LINE_ITEMS, variables(refundId, after));
            JsonNode lines = data.path("refund").path("refundLineItems");
            if (!lines.isObject()) {
                throw new ShopifyAdminException(
                        shop.domain(),
                        "Shopify has no refund " + refundId + " of order " + legacyId + " in shop " + shop.domain()
                                + " although the order lists it; read the order again later.",
                        true,
                        null);
            }
            nodes.addAll(nodesOf(lines, legacyId));
            if (!hasNextPage(lines.path("pageInfo"))) {
                break;
            }
            after = cursor(legacyId, lines.path("pageInfo"), page);
        }
        ObjectNode refundLineItems = JsonNodeFactory.instance.objectNode();
        refundLineItems.set("nodes", nodes);
        return refundLineItems;
    }

    private static boolean hasNextPage(JsonNode pageInfo) {
        JsonNode hasNext = pageInfo.path("hasNextPage");
        return hasNext.isBoolean() && hasNext.booleanValue();
    }

    private String cursor(String legacyId, JsonNode pageInfo, int page) {
        JsonNode cursor = pageInfo.path("endCursor");
        if (!cursor.isString() || page >= MAX_PAGES) {
            throw incomplete(legacyId, "a cursor for the page after page " + page);
        }
        return cursor.stringValue();
    }

    private ArrayNode nodesOf(JsonNode connection, String legacyId) {
        if (!(connection.get("nodes") instanceof ArrayNode nodes)) {
            throw incomplete(legacyId, "the nodes of a page");
        }
        return nodes;
    }

    private static ObjectNode variables(String id, String after) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        variables.put("id", id);
        if (after != null) {
            variables.put("after", after);
        }
        return variables;
    }

    private ShopifyAdminException incomplete(String legacyId, String what) {
        return new ShopifyAdminException(
                shop.domain(),
                "Shopify's answer for order " + legacyId + " of shop " + shop.domain() + " lacks " + what
                        + "; the order cannot be assembled. Read it again later.",
                true,
                null);
    }
}
