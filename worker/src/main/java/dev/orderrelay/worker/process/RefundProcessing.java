package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.order.PurchasePolicy;
import dev.orderrelay.shopify.order.ShopifyRefund;
import dev.orderrelay.worker.enrich.Enrichment;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refund read alone ({@code refunds/create}). Its order processed: the refund is sent at once, with what the
 * ledger kept of the order. Not yet: the refund is held and applied when the order is processed (by whatever path
 * it arrives: its own webhooks, the reconciler, a replay), never dropped; a record made now would be a stub that
 * keeps the order's first sighting from being recorded.
 */
final class RefundProcessing {

    private static final Logger log = LoggerFactory.getLogger(RefundProcessing.class);

    private final OrderLedger orders;
    private final DeliveriesFactory deliveriesFactory;
    private final RefundFanOut refunds;
    private final HeldRefunds held;

    RefundProcessing(OrderLedger orders, DeliveriesFactory deliveriesFactory, RefundFanOut refunds, HeldRefunds held) {
        this.orders = orders;
        this.deliveriesFactory = deliveriesFactory;
        this.refunds = refunds;
        this.held = held;
    }

    void process(Envelope envelope, ShopConfig shop, PurchasePolicy policy, ShopifyRefund refund) {
        OrderDeliveries deliveries = deliveriesFactory.forOrder(shop, refund.orderId());
        Optional<OrderRecord> order = orders.find(shop.shop(), refund.orderId()).filter(HeldRefunds::isProcessed);
        if (order.isEmpty()) {
            held.hold(shop, policy, envelope, refund, deliveries);
            deliveries.awaitPublished();
            return;
        }
        // A refund read alone has no order payload to enrich from: its event goes without attribution.
        refunds.send(
                shop,
                policy,
                refund.orderId(),
                List.of(refund),
                RefundedOrder.of(order.get(), refund),
                Enrichment.none(),
                deliveries);
        deliveries.awaitPublished();
        log.debug("refund processed shop={} orderId={} refundId={}", shop.shop(), refund.orderId(), refund.id());
    }
}
