package dev.orderrelay.destinations.ga4;

import dev.orderrelay.core.event.OrderEventItem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An order's lines as GA4 {@code items}: {@code price} is the unit price after the line's discount and
 * {@code discount} the unit discount, as GA4 asks ("Apply a discount to an ecommerce event"), so that the sum of
 * {@code price * quantity} is the event's {@code value}.
 */
final class Ga4Items {

    /** GA4's limit on the elements of an event's {@code items} array. */
    static final int MAX_ITEMS = 200;

    private Ga4Items() {}

    /** {@code items} as a GA4 array, in order. */
    static ArrayNode of(List<OrderEventItem> items, ArrayNode array) {
        for (OrderEventItem item : items) {
            array.add(of(item));
        }
        return array;
    }

    static ObjectNode of(OrderEventItem item) {
        ObjectNode node = Ga4RequestBody.object();
        itemId(item).ifPresent(id -> node.put("item_id", id));
        node.put("item_name", Ga4Values.text(item.name()));
        putText(node, "item_brand", item.brand());
        putText(node, "item_category", item.category());
        putText(node, "item_variant", item.variant());
        node.put("price", Ga4Values.money(item.unitPriceAfterDiscount()));
        if (item.discount().signum() != 0) {
            node.put("discount", Ga4Values.money(item.unitDiscount()));
        }
        node.put("quantity", item.quantity());
        return node;
    }

    /**
     * The first of SKU, variant id and product id that is set and fits GA4's 100 characters; none for a custom line
     * without any, which GA4 then knows by its {@code item_name} (GA4 needs one of the two).
     */
    static Optional<String> itemId(OrderEventItem item) {
        return Stream.of(item.sku(), item.variantId(), item.productId())
                .filter(Ga4Values::fits)
                .map(String::strip)
                .findFirst();
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, Ga4Values.text(value));
        }
    }
}
