package dev.orderrelay.devstack.store.admin;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where an order stands in its customer's history, from the store's orders: the customer's order count
 * ({@code Customer.numberOfOrders}, every order) and the order's 1-based position among the customer's orders by
 * creation ({@code customerJourneySummary.customerOrderIndex}, test orders not counted, as Shopify documents; null for
 * a test order or a guest). Shopify's reference does not say whether the index starts at 0 or 1; the simulator
 * follows the reading order-relay documents (docs/enrichment.md).
 */
final class CustomerHistory {

    private final ShopData shop;

    CustomerHistory(ShopData shop) {
        this.shop = shop;
    }

    /** The customer's order count. */
    long numberOfOrders(long customerId) {
        return ordersOf(customerId, false).size();
    }

    /** The order's {@code customerJourneySummary}: one visit, the landing page and referrer of the order. */
    Map<String, Object> journey(JsonNode rest, String shopDomain) {
        Map<String, Object> summary = new HashMap<>();
        summary.put("ready", true);
        summary.put("customerOrderIndex", index(rest));
        summary.put("daysToConversion", 0);
        Map<String, Object> visit = visit(rest, shopDomain);
        summary.put("firstVisit", visit);
        summary.put("lastVisit", visit);
        return summary;
    }

    private Integer index(JsonNode rest) {
        JsonNode customer = rest.path("customer");
        if (!customer.path("id").isIntegralNumber() || rest.path("test").asBoolean(false)) {
            return null;
        }
        List<OrderSnapshot> orders = ordersOf(customer.get("id").asLong(), true);
        long id = rest.get("id").asLong();
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id() == id) {
                return i + 1;
            }
        }
        return null;
    }

    private List<OrderSnapshot> ordersOf(long customerId, boolean withoutTests) {
        return shop.ordersOfCustomer(customerId).stream()
                .filter(order -> !withoutTests || !order.rest().path("test").asBoolean(false))
                .sorted(Comparator.comparing(OrderSnapshot::createdAt).thenComparingLong(OrderSnapshot::id))
                .toList();
    }

    private static Map<String, Object> visit(JsonNode rest, String shopDomain) {
        JsonNode landing = rest.path("landing_site");
        if (!landing.isString()) {
            return null;
        }
        Map<String, Object> visit = new HashMap<>();
        visit.put("id", Gids.of("CustomerVisit", rest.get("id").asLong()));
        visit.put("occurredAt", OrderGraph.utc(rest.get("created_at")));
        visit.put("landingPage", "https://" + shopDomain + landing.asString());
        visit.put("referrerUrl", rest.path("referring_site").asString(null));
        visit.put("utmParameters", null);
        return visit;
    }
}
