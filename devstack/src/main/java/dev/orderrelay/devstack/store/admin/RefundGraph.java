package dev.orderrelay.devstack.store.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The GraphQL view of one REST refund: its total is the sum of its transactions, its lines point at the order's own
 * line item views, so {@code lineItem { id }} is the id the order lists.
 */
final class RefundGraph {

    private RefundGraph() {}

    static Map<String, Object> refund(
            JsonNode refund, Map<Long, Map<String, Object>> lines, String currency, String presentment) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", Gids.of("Refund", refund.get("id").asLong()));
        view.put("legacyResourceId", refund.get("id").asString());
        view.put("createdAt", OrderGraph.utc(refund.get("created_at")));
        view.put("note", refund.path("note").asString(null));
        List<Map<String, Object>> refundLines = new ArrayList<>();
        BigDecimal shop = BigDecimal.ZERO.setScale(2);
        for (JsonNode transaction : refund.path("transactions")) {
            shop = shop.add(new BigDecimal(transaction.get("amount").asString()));
        }
        BigDecimal presented = BigDecimal.ZERO.setScale(2);
        for (JsonNode line : refund.path("refund_line_items")) {
            Map<String, Object> item = new HashMap<>();
            item.put("id", Gids.of("RefundLineItem", line.get("id").asLong()));
            item.put("quantity", line.get("quantity").asInt());
            item.put("lineItem", lines.get(line.get("line_item_id").asLong()));
            item.put("priceSet", OrderGraph.moneyBag(line.path("line_item").get("price_set")));
            item.put("subtotalSet", OrderGraph.moneyBag(line.get("subtotal_set")));
            item.put("totalTaxSet", OrderGraph.moneyBag(line.get("total_tax_set")));
            item.put("restockType", OrderGraph.upper(line.get("restock_type")));
            item.put("restocked", false);
            refundLines.add(item);
            for (String set : List.of("subtotal_set", "total_tax_set")) {
                JsonNode money = line.get(set).get("presentment_money");
                presented = presented.add(new BigDecimal(money.get("amount").asString()));
            }
        }
        for (JsonNode adjustment : refund.path("order_adjustments")) {
            JsonNode money = adjustment.get("amount_set").get("presentment_money");
            presented = presented.subtract(new BigDecimal(money.get("amount").asString()));
        }
        view.put(
                "totalRefundedSet",
                Map.of(
                        "shopMoney",
                        OrderGraph.money(shop, currency),
                        "presentmentMoney",
                        OrderGraph.money(presented, presentment)));
        view.put(OrderGraph.REFUND_LINE_ITEMS, refundLines);
        return view;
    }
}
