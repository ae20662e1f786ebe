package dev.orderrelay.worker.process;

import dev.orderrelay.ledger.orders.OrderFacts;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.shopify.order.ShopifyRefund;
import java.time.Instant;

/**
 * What is known of the order a refund belongs to when its refund event is built: all of it from an order payload;
 * for a {@code refunds/create} payload read alone, what the ledger kept of the newest order payload (name, creation
 * time, channel, test flag, tax mode, units).
 *
 * @param name the order's display name, or null when unknown
 * @param createdAt when the order was created, or null when unknown
 * @param sourceName the sales channel, or null when unknown
 * @param customerId the customer's id, or null for a guest or when unknown
 * @param taxesIncluded whether line amounts include tax; taken as without when unknown
 * @param units how many units the order's lines hold, or null when unknown (then no refund counts as full)
 */
record RefundedOrder(
        String name,
        Instant createdAt,
        String sourceName,
        boolean test,
        String customerId,
        boolean taxesIncluded,
        Integer units) {

    static RefundedOrder of(ShopifyOrder order) {
        return new RefundedOrder(
                order.name(),
                order.createdAt(),
                order.sourceName(),
                order.test(),
                order.customerId(),
                order.taxesIncluded(),
                order.units());
    }

    /** A {@code refunds/create} payload's order, as far as the ledger and the refund itself tell. */
    static RefundedOrder of(OrderRecord record, ShopifyRefund refund) {
        OrderFacts facts = record.facts();
        return new RefundedOrder(
                record.name(),
                record.sourceCreatedAt(),
                facts.sourceName(),
                facts.test() != null ? facts.test() : refund.test(),
                null,
                Boolean.TRUE.equals(facts.taxesIncluded()),
                facts.units());
    }

    /** Whether {@code refund} returns the whole order: every unit of every line, in this one refund. */
    boolean isWhollyReturnedBy(ShopifyRefund refund) {
        return units != null && units > 0 && refund.units() >= units;
    }
}
