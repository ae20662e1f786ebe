package dev.orderrelay.worker.process;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.core.event.OrderIdentity;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every destination receives about an order's purchase: the {@link OrderEvent}, in the shop's currency, with
 * no customer contact data. Each destination kind maps this one document to its own protocol.
 */
final class OrderEventPayload {

    private OrderEventPayload() {}

    static ObjectNode purchase(String shop, ShopifyOrder order) {
        return OrderEventJson.toTree(purchaseEvent(shop, order));
    }

    static OrderEvent purchaseEvent(String shop, ShopifyOrder order) {
        List<OrderEventItem> items = order.lineItems().stream()
                .map(line -> new OrderEventItem(
                        line.id(),
                        line.productId(),
                        line.variantId(),
                        line.sku(),
                        line.title(),
                        line.variantTitle(),
                        line.vendor(),
                        null,
                        Math.max(line.quantity(), 1),
                        line.price(),
                        line.discount()))
                .toList();
        return new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                OrderEventKind.PURCHASE,
                shop,
                order.id(),
                order.name(),
                null,
                order.processedAt(),
                order.createdAt(),
                order.sourceName(),
                order.test(),
                order.currency(),
                order.revenue(),
                order.totalPrice(),
                order.totalTax(),
                order.totalShipping(),
                order.totalDiscounts(),
                order.discountCodes().isEmpty() ? null : String.join(",", order.discountCodes()),
                items,
                new OrderIdentity(order.customerId(), null, null, null, null));
    }
}
