package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.InvalidEnvelopeException;
import dev.orderrelay.ledger.held.HeldEvent;
import dev.orderrelay.ledger.held.HeldEvents;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.shopify.order.InvalidPayloadException;
import dev.orderrelay.shopify.order.PurchasePolicy;
import dev.orderrelay.shopify.order.ShopifyRefund;
import dev.orderrelay.worker.enrich.Enrichment;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps refunds that arrive before their order is processed, and applies them once it is. A held refund is
 * released only after its fan-out succeeded, so a crash in between applies it again (its deliveries are registered
 * once). Holding writes the entry first and then reads the order again; processing an order marks it processed first
 * and then reads its held entries: with consistent reads on both sides, one of the two always sees the other.
 */
final class HeldRefunds {

    private static final Logger log = LoggerFactory.getLogger(HeldRefunds.class);

    private final HeldEvents held;
    private final OrderLedger orders;
    private final PayloadReader reader;
    private final RefundFanOut refunds;
    private final ProcessParking parking;

    HeldRefunds(
            HeldEvents held, OrderLedger orders, PayloadReader reader, RefundFanOut refunds, ProcessParking parking) {
        this.held = held;
        this.orders = orders;
        this.reader = reader;
        this.refunds = refunds;
        this.parking = parking;
    }

    /** Keeps the envelope of {@code refund}, whose order is not processed yet; applies it if it was meanwhile. */
    void hold(
            ShopConfig shop,
            PurchasePolicy policy,
            Envelope envelope,
            ShopifyRefund refund,
            OrderDeliveries deliveries) {
        held.hold(
                shop.shop(),
                refund.orderId(),
                DeliveryEvents.refund(refund.id()),
                envelope.topic(),
                EnvelopeJson.write(envelope));
        log.info(
                "refund held until its order is processed shop={} orderId={} refundId={}",
                shop.shop(),
                refund.orderId(),
                refund.id());
        if (orders.find(shop.shop(), refund.orderId())
                .filter(HeldRefunds::isProcessed)
                .isPresent()) {
            apply(shop, policy, refund.orderId(), null, Enrichment.none(), deliveries);
        }
    }

    /**
     * Applies the order's held refunds, then releases each: a refund already processed (its order's payload carried
     * it) is only released. {@code order} is what the processed payload says of the order; null to take what the
     * ledger kept.
     */
    void apply(
            ShopConfig shop,
            PurchasePolicy policy,
            String orderId,
            RefundedOrder order,
            Enrichment enrichment,
            OrderDeliveries deliveries) {
        List<HeldEvent> waiting = held.forOrder(shop.shop(), orderId);
        if (waiting.isEmpty()) {
            return;
        }
        OrderRecord record = orders.find(shop.shop(), orderId).orElseThrow();
        for (HeldEvent event : waiting) {
            ShopifyRefund refund;
            try {
                refund = reader.refund(EnvelopeJson.read(event.message()), policy.currency());
            } catch (InvalidEnvelopeException | InvalidPayloadException | UnprocessablePayloadException e) {
                parking.parkHeld(event, "held refund cannot be applied: " + e.getMessage());
                held.release(shop.shop(), orderId, event.heldId());
                continue;
            }
            if (!record.refundIds().contains(refund.id())) {
                RefundedOrder context = order != null ? order : RefundedOrder.of(record, refund);
                refunds.send(shop, policy, orderId, List.of(refund), context, enrichment, deliveries);
            }
            held.release(shop.shop(), orderId, event.heldId());
            log.info("held refund applied shop={} orderId={} refundId={}", shop.shop(), orderId, refund.id());
        }
    }

    static boolean isProcessed(OrderRecord record) {
        return record.processedAt() != null;
    }
}
