package dev.orderrelay.worker.process;

import dev.orderrelay.destinations.OutboundEvent;

/**
 * The names of an order's deliveries in the ledger's delivery key and on the delivery queues (docs/events.md), and
 * the idempotency key each carries: one purchase per order, one refund per platform refund, one cancellation.
 */
final class DeliveryEvents {

    /** The order's purchase, keyed by the order. */
    static final String PURCHASE = "purchase";
    /** The refund of what a cancellation left unrefunded, keyed by the order. */
    static final String CANCEL = "cancel";

    private DeliveryEvents() {}

    /** The delivery event of a platform refund: {@code refund-<refund id>}. */
    static String refund(String refundId) {
        return "refund-" + refundId;
    }

    static String purchaseKey(String shop, String orderId) {
        return OutboundEvent.deriveKey(shop, orderId, PURCHASE);
    }

    /** The refund key docs/destinations describe: keyed by the refund itself, as each destination dedupes it. */
    static String refundKey(String shop, String refundId) {
        return OutboundEvent.deriveKey(shop, refundId, "refund");
    }

    static String cancelKey(String shop, String orderId) {
        return OutboundEvent.deriveKey(shop, orderId, CANCEL);
    }

    /** The refund id a cancellation's refund event carries: {@code cancel-<order id>}. */
    static String cancelRefundId(String orderId) {
        return "cancel-" + orderId;
    }
}
