package dev.orderrelay.destinations.ga4;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.OutboundEvent;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/** Variations of the realistic order-event fixtures, for the rules the fixtures as they are do not reach. */
final class Ga4Orders {

    private Ga4Orders() {}

    /** {@link DestinationFixtures#purchaseEur()} with {@code change} applied to its order-event JSON. */
    static OutboundEvent purchaseEur(Consumer<ObjectNode> change) {
        return changed("order-event-purchase-eur.json", change);
    }

    /** The order event of {@code fixture} with {@code change} applied, keyed as the worker keys it. */
    static OutboundEvent changed(String fixture, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) DestinationFixtures.json(fixture);
        change.accept(tree);
        OrderEvent event = OrderEventJson.fromTree(tree);
        return new OutboundEvent(
                event.shop(),
                event.orderId(),
                event.event().wireName(),
                OutboundEvent.deriveKey(
                        event.shop(), event.subjectId(), event.event().wireName()),
                event.occurredAt(),
                OrderEventJson.toTree(event));
    }

    /** The EUR purchase as order {@code orderId}, otherwise the same (same guest, same GA client id). */
    static OutboundEvent purchaseEurAsOrder(String orderId) {
        return purchaseEur(tree -> tree.put("orderId", orderId));
    }
}
