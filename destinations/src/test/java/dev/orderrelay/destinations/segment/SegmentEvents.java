package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.OutboundEvent;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Order events shaped for the rules of this package: many distinct orders, oversized ones, broken ones. */
final class SegmentEvents {

    private SegmentEvents() {}

    /** The EUR purchase fixture, as the purchase of order {@code orderId} of the fixture's shop. */
    static OutboundEvent purchaseOfOrder(String orderId) {
        ObjectNode payload = eurPayload();
        payload.put("orderId", orderId);
        return OutboundEvent.forOrder(
                DestinationFixtures.SHOP, orderId, "purchase", DestinationFixtures.OCCURRED_AT, payload);
    }

    /** A purchase of {@code lines} lines with long names, whose Track call runs to several kilobytes per 20 lines. */
    static OutboundEvent purchaseWithLines(String orderId, int lines) {
        ObjectNode payload = eurPayload();
        payload.put("orderId", orderId);
        ArrayNode items = payload.putArray("items");
        for (int i = 0; i < lines; i++) {
            items.addObject()
                    .put("lineId", "9000000000000" + i)
                    .put("productId", "7411112222" + i)
                    .put("sku", "SKU-LONG-" + i)
                    .put("name", "A product with a long and descriptive title, number " + i + " of the range")
                    .put("quantity", 1)
                    .put("price", "10.00")
                    .put("discount", "0");
        }
        return OutboundEvent.forOrder(
                DestinationFixtures.SHOP, orderId, "purchase", DestinationFixtures.OCCURRED_AT, payload);
    }

    /** A purchase whose payload is no order event: it has no currency. */
    static OutboundEvent purchaseWithoutCurrency(String orderId) {
        ObjectNode payload = eurPayload();
        payload.put("orderId", orderId);
        payload.remove("currency");
        return OutboundEvent.forOrder(
                DestinationFixtures.SHOP, orderId, "purchase", DestinationFixtures.OCCURRED_AT, payload);
    }

    private static ObjectNode eurPayload() {
        return (ObjectNode) DestinationFixtures.json("order-event-purchase-eur.json");
    }
}
