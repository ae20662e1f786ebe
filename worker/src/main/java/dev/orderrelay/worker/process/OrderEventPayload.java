package dev.orderrelay.worker.process;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a destination receives about an order's event: ids as strings, money as decimal strings, no customer data.
 * Each destination kind maps this one document to its own protocol.
 */
final class OrderEventPayload {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private OrderEventPayload() {}

    static ObjectNode of(ShopifyOrder order) {
        ObjectNode payload = MAPPER.createObjectNode();
        payload.put("orderId", order.id());
        payload.put("name", order.name());
        payload.put("createdAt", order.createdAt().toString());
        payload.put("financialStatus", order.financialStatus());
        payload.put("currency", order.currency());
        payload.put("total", order.totalPrice().toPlainString());
        payload.put("test", order.test());
        ArrayNode items = payload.putArray("items");
        for (ShopifyOrder.LineItem line : order.lineItems()) {
            ObjectNode item = items.addObject();
            item.put("id", line.id());
            item.put("productId", line.productId());
            item.put("variantId", line.variantId());
            item.put("sku", line.sku());
            item.put("title", line.title());
            item.put("quantity", line.quantity());
            item.put("price", line.price().toPlainString());
        }
        return payload;
    }
}
