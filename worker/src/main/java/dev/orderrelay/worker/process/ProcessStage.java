package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.held.HeldEvents;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.shopify.order.InvalidPayloadException;
import dev.orderrelay.shopify.order.PurchasePolicy;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.shopify.order.ShopifyRefund;
import dev.orderrelay.worker.activity.ActivityTally;
import dev.orderrelay.worker.enrich.Enrichment;
import dev.orderrelay.worker.privacy.PrivacyStage;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one envelope into order events (docs/events.md): skip a delivery already processed, park what cannot be
 * processed, hand an order payload (REST webhook or admin-graphql, any order topic) to {@link OrderProcessing} and a
 * {@code refunds/create} payload to {@link RefundProcessing}, and only then mark the delivery seen. Payloads are read
 * in the currency the shop reports in. Any exception (ledger, S3 or SQS unreachable) propagates, so the message stays
 * on the queue and comes back.
 */
public class ProcessStage {

    static final String REFUNDS_CREATE = "refunds/create";
    private static final Set<String> ORDER_TOPICS =
            Set.of("orders/create", "orders/paid", "orders/updated", "orders/cancelled");
    private static final Logger log = LoggerFactory.getLogger(ProcessStage.class);

    private final SeenDeliveries seen;
    private final ShopRegistry shops;
    private final ProcessParking parking;
    private final PrivacyStage privacy;
    private final Enricher enricher;
    private final PayloadReader reader;
    private final OrderProcessing orderProcessing;
    private final RefundProcessing refundProcessing;

    /** The stage, counting each order it processes to the end in {@code tally} (the live overview). */
    public ProcessStage(
            SeenDeliveries seen,
            ShopRegistry shops,
            OrderLedger orders,
            DeliveryClaims claims,
            HeldEvents heldEvents,
            ProcessParking parking,
            EnvelopeBodies bodies,
            DeliveryPublisher publisher,
            PrivacyStage privacy,
            Enricher enricher,
            ActivityTally tally) {
        this.seen = seen;
        this.shops = shops;
        this.parking = parking;
        this.privacy = privacy;
        this.enricher = enricher;
        this.reader = new PayloadReader(bodies);
        DeliveriesFactory deliveries = new DeliveriesFactory(claims, publisher);
        RefundFanOut refunds = new RefundFanOut(orders);
        HeldRefunds held = new HeldRefunds(heldEvents, orders, reader, refunds, parking);
        this.orderProcessing = new OrderProcessing(orders, deliveries, refunds, new CancelFanOut(orders), held, tally);
        this.refundProcessing = new RefundProcessing(orders, deliveries, refunds, held);
    }

    public void process(Envelope envelope, String rawMessage) {
        // A replay is support asking for it again on purpose: it must not be skipped as a duplicate.
        boolean replay = envelope.source() == EnvelopeSource.REPLAY;
        if (!replay && envelope.webhookId() != null && seen.wasProcessed(envelope.shop(), envelope.webhookId())) {
            log.debug("delivery already processed shop={} webhookId={}", envelope.shop(), envelope.webhookId());
            return;
        }
        if (privacy.handles(envelope.topic())) {
            // App lifecycle and privacy requests: whatever the shop's status, they come after an uninstall.
            privacy.process(envelope, rawMessage);
        } else {
            processForShop(envelope, rawMessage, shops.find(envelope.shop()));
        }
        if (envelope.webhookId() != null) {
            seen.markProcessed(envelope.shop(), envelope.webhookId(), envelope.topic());
        }
    }

    private void processForShop(Envelope envelope, String rawMessage, Optional<ShopConfig> shop) {
        if (shop.isEmpty()) {
            parking.park(
                    envelope,
                    rawMessage,
                    null,
                    "unknown shop " + envelope.shop() + ": configure it with PUT /api/shops/" + envelope.shop()
                            + ", then replay");
        } else if (shop.get().status() == ShopStatus.UNINSTALLED) {
            parking.park(envelope, rawMessage, null, "shop " + envelope.shop() + " is uninstalled");
        } else if (carriesAnOrder(envelope)) {
            processOrder(envelope, rawMessage, shop.get());
        } else if (REFUNDS_CREATE.equals(envelope.topic())) {
            processRefund(envelope, rawMessage, shop.get());
        } else {
            parking.park(envelope, rawMessage, null, "topic " + envelope.topic() + " is not processed by this version");
        }
    }

    /** An order topic; an admin-graphql body is always a whole order, whichever topic the reconciler gave it. */
    private static boolean carriesAnOrder(Envelope envelope) {
        return ORDER_TOPICS.contains(envelope.topic())
                || (envelope.format() == PayloadFormat.ADMIN_GRAPHQL && REFUNDS_CREATE.equals(envelope.topic()));
    }

    private void processOrder(Envelope envelope, String rawMessage, ShopConfig shop) {
        PurchasePolicy policy = PurchasePolicy.from(shop.policy());
        PayloadReader.OrderPayload payload;
        try {
            payload = reader.order(envelope, policy.currency());
        } catch (InvalidPayloadException | UnprocessablePayloadException e) {
            parking.park(envelope, rawMessage, null, e.getMessage());
            return;
        }
        ShopifyOrder order = payload.order();
        privacy.recordBody(envelope, order.id());
        Enrichment enrichment = enricher.enrich(shop, order, payload.body(), envelope.format());
        orderProcessing.process(envelope, shop, policy, order, enrichment);
    }

    private void processRefund(Envelope envelope, String rawMessage, ShopConfig shop) {
        PurchasePolicy policy = PurchasePolicy.from(shop.policy());
        ShopifyRefund refund;
        try {
            refund = reader.refund(envelope, policy.currency());
        } catch (InvalidPayloadException | UnprocessablePayloadException e) {
            parking.park(envelope, rawMessage, null, e.getMessage());
            return;
        }
        privacy.recordBody(envelope, refund.orderId());
        refundProcessing.process(envelope, shop, policy, refund);
    }
}
