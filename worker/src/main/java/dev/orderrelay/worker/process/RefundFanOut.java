package dev.orderrelay.worker.process;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.RefundAmounts;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.order.PurchasePolicy;
import dev.orderrelay.shopify.order.ShopifyRefund;
import dev.orderrelay.worker.enrich.Enrichment;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends an order's refunds, one refund event per platform refund and destination, and records each in the ledger
 * with the amounts of its event (what a later cancellation subtracts). A refund goes only where it can correct
 * something: the order sends events at all (not a test order the shop leaves out, not an excluded channel), the
 * destination was sent the order's purchase, and it was not yet sent the order's cancellation, which already
 * returned everything not refunded before it.
 */
final class RefundFanOut {

    private final OrderLedger orders;

    RefundFanOut(OrderLedger orders) {
        this.orders = orders;
    }

    void send(
            ShopConfig shop,
            PurchasePolicy policy,
            String orderId,
            List<ShopifyRefund> refunds,
            RefundedOrder order,
            Enrichment enrichment,
            OrderDeliveries deliveries) {
        if (refunds.isEmpty()) {
            return;
        }
        boolean sends = policy.sendsEventsFor(order.test(), order.sourceName());
        List<RefundAmounts> amounts = new ArrayList<>();
        for (ShopifyRefund refund : refunds) {
            OrderEvent event = OrderEventPayload.refundEvent(shop.shop(), refund, order);
            amounts.add(OrderEventPayload.amounts(event));
            if (sends) {
                deliver(shop, refund, OrderEventJson.toTree(enrichment.apply(event)), deliveries);
            }
        }
        orders.recordRefundAmounts(shop.shop(), orderId, amounts);
    }

    private static void deliver(ShopConfig shop, ShopifyRefund refund, ObjectNode payload, OrderDeliveries deliveries) {
        String event = DeliveryEvents.refund(refund.id());
        String key = DeliveryEvents.refundKey(shop.shop(), refund.id());
        for (DestinationConfig destination : shop.destinations()) {
            if (deliveries.isRegistered(destination.name(), DeliveryEvents.PURCHASE)
                    && !deliveries.isRegistered(destination.name(), DeliveryEvents.CANCEL)) {
                deliveries.deliver(destination, event, key, refund.createdAt(), payload);
            }
        }
    }
}
