package dev.orderrelay.console.stores;

import dev.orderrelay.ledger.orders.OrderRecord;

/**
 * One of a store's latest orders, as its page lists them; no customer data (the ledger keeps none).
 *
 * @param orderId the platform's order id, a string (ids exceed 2^53)
 * @param name the shop's display name, e.g. {@code #1001}
 * @param createdAt when the platform created it, ISO-8601 UTC
 * @param state {@code RECEIVED} or {@code PROCESSED}
 * @param firstSource how it first reached the worker: {@code webhook}, {@code eventbridge}, {@code reconciler} or
 *     {@code replay}
 */
record RecentOrder(String orderId, String name, String createdAt, String state, String firstSource) {

    static RecentOrder of(OrderRecord order) {
        return new RecentOrder(
                order.orderId(),
                order.name(),
                order.sourceCreatedAt() == null ? null : order.sourceCreatedAt().toString(),
                order.state() == null ? null : order.state().name(),
                order.firstSource());
    }
}
