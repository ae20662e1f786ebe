package dev.orderrelay.worker.process;

import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.shopify.order.ShopifyRefund;
import java.time.Instant;

/**
 * What is known of the order a refund belongs to when its refund event is built: all of it from an order payload,
 * only what the ledger kept (name, creation time) for a {@code refunds/create} payload read alone.
 *
 * @param name the order's display name, or null when unknown
 * @param createdAt when the order was created, or null when unknown
 * @param sourceName the sales channel, or null when unknown
 * @param customerId the customer's id, or null for a guest or when unknown
 * @param taxesIncluded whether line amounts include tax; a refund read alone cannot tell, and is taken as without
 */
record RefundedOrder(
        String name, Instant createdAt, String sourceName, boolean test, String customerId, boolean taxesIncluded) {

    static RefundedOrder of(ShopifyOrder order) {
        return new RefundedOrder(
                order.name(),
                order.createdAt(),
                order.sourceName(),
                order.test(),
                order.customerId(),
                order.taxesIncluded());
    }

    /** A {@code refunds/create} payload's order, as far as the ledger and the refund itself tell. */
    static RefundedOrder of(OrderRecord record, ShopifyRefund refund) {
        return new RefundedOrder(record.name(), record.sourceCreatedAt(), null, refund.test(), null, false);
    }
}
