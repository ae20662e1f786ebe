package dev.orderrelay.worker.process;

import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.orders.RefundAmounts;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.order.PurchasePolicy;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.worker.enrich.Enrichment;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Handles a cancellation seen on an order payload: records it, and sends, once, the refund of what the order's
 * refunds had not returned ({@link CancelRefund}) to each destination that was sent the purchase. The amounts are
 * decided once, by the first current payload that carries the cancellation, and kept in the ledger: a retry or a
 * later payload sends the same. A stale payload (older than the newest processed) decides nothing.
 */
final class CancelFanOut {

    private static final Logger log = LoggerFactory.getLogger(CancelFanOut.class);

    private final OrderLedger orders;

    CancelFanOut(OrderLedger orders) {
        this.orders = orders;
    }

    void onCancelled(
            ShopConfig shop,
            PurchasePolicy policy,
            ShopifyOrder order,
            boolean current,
            Enrichment enrichment,
            OrderDeliveries deliveries) {
        List<DestinationConfig> purchased = shop.destinations().stream()
                .filter(destination -> deliveries.isRegistered(destination.name(), DeliveryEvents.PURCHASE))
                .toList();
        if (!current || !policy.sendsEventsFor(order.test(), order.sourceName()) || purchased.isEmpty()) {
            // Nothing was sent that a refund could correct, or a newer payload decides.
            orders.recordCancelled(shop.shop(), order.id(), order.cancelledAt());
            return;
        }
        OrderRecord record = orders.find(shop.shop(), order.id()).orElseThrow();
        RefundAmounts decided = record.cancelAmounts() != null
                ? record.cancelAmounts()
                : orders.recordCancelled(
                        shop.shop(),
                        order.id(),
                        order.cancelledAt(),
                        CancelRefund.remainder(
                                OrderEventPayload.purchaseEvent(shop.shop(), order), record.refundAmounts()));
        if (!CancelRefund.isDue(decided)) {
            log.debug("cancellation fully refunded already shop={} orderId={}", shop.shop(), order.id());
            return;
        }
        ObjectNode payload = OrderEventJson.toTree(enrichment.apply(CancelRefund.event(shop.shop(), order, decided)));
        String key = DeliveryEvents.cancelKey(shop.shop(), order.id());
        for (DestinationConfig destination : purchased) {
            deliveries.deliver(destination, DeliveryEvents.CANCEL, key, order.cancelledAt(), payload);
        }
    }
}
