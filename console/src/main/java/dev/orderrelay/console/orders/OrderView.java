package dev.orderrelay.console.orders;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.orders.OrderRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An order and where each of its events stands per destination. The id is a string (order ids exceed 2^53, past
 * what a JSON number keeps exactly in JavaScript) and the time an ISO-8601 UTC string.
 *
 * @param shop the shop's {@code *.myshopify.com} domain
 * @param orderId the platform's order id
 * @param name the shop's display name of the order, e.g. {@code #1001}
 * @param sourceCreatedAt when the platform created the order, e.g. {@code 2026-11-24T10:15:30Z}
 * @param state {@code RECEIVED} or {@code PROCESSED}
 * @param deliveries one per destination and event, by destination, then event
 */
@JsonPropertyOrder({"shop", "orderId", "name", "sourceCreatedAt", "state", "deliveries"})
record OrderView(
        String shop, String orderId, String name, String sourceCreatedAt, String state, List<DeliveryView> deliveries) {

    private static final Comparator<DeliveryView> BY_DESTINATION_THEN_EVENT =
            Comparator.comparing(DeliveryView::destination).thenComparing(DeliveryView::event);

    static OrderView of(OrderRecord order, List<DeliveryRecord> deliveries) {
        return new OrderView(
                order.shop(),
                order.orderId(),
                order.name(),
                iso(order.sourceCreatedAt()),
                order.state() == null ? null : order.state().name(),
                deliveries.stream()
                        .map(DeliveryView::from)
                        .sorted(BY_DESTINATION_THEN_EVENT)
                        .toList());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
