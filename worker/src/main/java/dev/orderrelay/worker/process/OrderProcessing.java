package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.ledger.orders.OrderFacts;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.order.PurchasePolicy;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.worker.activity.ActivityTally;
import dev.orderrelay.worker.enrich.Enrichment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One order payload (any order topic, either format, any source), under the shop's policy (docs/events.md): record
 * the order and check its version; if the payload is current (not older than the newest processed), the purchase
 * when the policy says so; every refund it carries; its cancellation, decided only by a current payload; then mark
 * the order processed and apply the refunds that were held for it. A stale payload still brings its refunds (they are
 * keyed by their ids) but decides no purchase and no cancellation.
 */
final class OrderProcessing {

    private static final Logger log = LoggerFactory.getLogger(OrderProcessing.class);

    private final OrderLedger orders;
    private final DeliveriesFactory deliveriesFactory;
    private final RefundFanOut refunds;
    private final CancelFanOut cancels;
    private final HeldRefunds held;
    private final ActivityTally tally;

    OrderProcessing(
            OrderLedger orders,
            DeliveriesFactory deliveriesFactory,
            RefundFanOut refunds,
            CancelFanOut cancels,
            HeldRefunds held,
            ActivityTally tally) {
        this.tally = tally;
        this.orders = orders;
        this.deliveriesFactory = deliveriesFactory;
        this.refunds = refunds;
        this.cancels = cancels;
        this.held = held;
    }

    void process(Envelope envelope, ShopConfig shop, PurchasePolicy policy, ShopifyOrder order, Enrichment enrichment) {
        orders.recordSeen(
                shop.shop(),
                order.id(),
                order.name(),
                order.createdAt(),
                envelope.source().wireName());
        boolean current = orders.recordVersion(
                shop.shop(),
                order.id(),
                order.updatedAt(),
                new OrderFacts(order.sourceName(), order.test(), order.taxesIncluded(), order.units()));
        OrderDeliveries deliveries = deliveriesFactory.forOrder(shop, order.id());
        if (current && policy.isPurchase(order)) {
            purchase(shop, order, enrichment, deliveries);
        }
        RefundedOrder refunded = RefundedOrder.of(order);
        refunds.send(shop, policy, order.id(), order.refunds(), refunded, enrichment, deliveries);
        if (order.cancelledAt() != null) {
            cancels.onCancelled(shop, policy, order, current, enrichment, deliveries);
        }
        // Processed means its events are on their queues.
        deliveries.awaitPublished();
        orders.markProcessed(shop.shop(), order.id());
        held.apply(shop, policy, order.id(), refunded, enrichment, deliveries);
        deliveries.awaitPublished();
        tally.processed(shop.shop());
        log.debug(
                "order processed shop={} orderId={} topic={} current={}",
                shop.shop(),
                order.id(),
                envelope.topic(),
                current);
    }

    private static void purchase(
            ShopConfig shop, ShopifyOrder order, Enrichment enrichment, OrderDeliveries deliveries) {
        String key = DeliveryEvents.purchaseKey(shop.shop(), order.id());
        ObjectNode payload =
                OrderEventJson.toTree(enrichment.apply(OrderEventPayload.purchaseEvent(shop.shop(), order)));
        for (DestinationConfig destination : shop.destinations()) {
            deliveries.deliver(destination, DeliveryEvents.PURCHASE, key, order.processedAt(), payload);
        }
    }
}
