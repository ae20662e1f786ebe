package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.shopify.order.AdminOrderParser;
import dev.orderrelay.shopify.order.InvalidPayloadException;
import dev.orderrelay.shopify.order.PurchasePolicy;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.RestRefundParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.shopify.order.ShopifyRefund;
import dev.orderrelay.worker.privacy.PrivacyStage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one envelope into order events: skip a delivery already processed, park what cannot be processed, record
 * the order, register one delivery per destination and event and publish it, and only then mark the delivery seen.
 * An order payload (REST webhook or admin-graphql, any order topic) gives the purchase under the shop's policy and
 * one refund per Shopify refund it carries; a {@code refunds/create} payload gives its one refund. Any exception
 * (ledger, S3 or SQS unreachable) propagates, so the message stays on the queue and comes back.
 */
public class ProcessStage {

    static final String PURCHASE = "purchase";
    static final String REFUNDS_CREATE = "refunds/create";
    private static final Set<String> ORDER_TOPICS =
            Set.of("orders/create", "orders/paid", "orders/updated", "orders/cancelled");
    private static final Logger log = LoggerFactory.getLogger(ProcessStage.class);

    private final SeenDeliveries seen;
    private final ShopRegistry shops;
    private final OrderLedger orders;
    private final DeliveryClaims claims;
    private final ProcessParking parking;
    private final EnvelopeBodies bodies;
    private final DeliveryPublisher publisher;
    private final PrivacyStage privacy;
    private final RestOrderParser restOrders = new RestOrderParser();
    private final AdminOrderParser adminOrders = new AdminOrderParser();
    private final RestRefundParser restRefunds = new RestRefundParser();

    public ProcessStage(
            SeenDeliveries seen,
            ShopRegistry shops,
            OrderLedger orders,
            DeliveryClaims claims,
            ProcessParking parking,
            EnvelopeBodies bodies,
            DeliveryPublisher publisher,
            PrivacyStage privacy) {
        this.seen = seen;
        this.shops = shops;
        this.orders = orders;
        this.claims = claims;
        this.parking = parking;
        this.bodies = bodies;
        this.publisher = publisher;
        this.privacy = privacy;
    }

    public void process(Envelope envelope, String rawMessage) {
        // A replay is support asking for it again on purpose: it must not be skipped as a duplicate.
        boolean replay = envelope.source() == EnvelopeSource.REPLAY;
        if (!replay && envelope.webhookId() != null && seen.wasProcessed(envelope.shop(), envelope.webhookId())) {
            log.debug("delivery already processed shop={} webhookId={}", envelope.shop(), envelope.webhookId());
            return;
        }
        Optional<ShopConfig> shop = shops.find(envelope.shop());
        if (privacy.handles(envelope.topic())) {
            // App lifecycle and privacy requests: whatever the shop's status, they come after an uninstall.
            privacy.process(envelope, rawMessage);
        } else if (shop.isEmpty()) {
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
        if (envelope.webhookId() != null) {
            seen.markProcessed(envelope.shop(), envelope.webhookId(), envelope.topic());
        }
    }

    /** An order topic; an admin-graphql body is always a whole order, whichever topic the reconciler gave it. */
    private static boolean carriesAnOrder(Envelope envelope) {
        return ORDER_TOPICS.contains(envelope.topic())
                || (envelope.format() == PayloadFormat.ADMIN_GRAPHQL && REFUNDS_CREATE.equals(envelope.topic()));
    }

    private void processOrder(Envelope envelope, String rawMessage, ShopConfig shop) {
        ShopifyOrder order;
        try {
            String body = bodies.body(envelope);
            order = envelope.format() == PayloadFormat.ADMIN_GRAPHQL ? adminOrders.parse(body) : restOrders.parse(body);
        } catch (InvalidPayloadException | UnprocessablePayloadException e) {
            parking.park(envelope, rawMessage, null, e.getMessage());
            return;
        }
        privacy.recordBody(envelope, order.id());
        orders.recordSeen(
                shop.shop(),
                order.id(),
                order.name(),
                order.createdAt(),
                envelope.source().wireName());
        PurchasePolicy policy = PurchasePolicy.from(shop.policy());
        OrderDeliveries deliveries = new OrderDeliveries(claims, publisher, shop, order.id());
        if (policy.isPurchase(order)) {
            fanOutPurchase(shop, order, deliveries);
        }
        if (!order.refunds().isEmpty()) {
            fanOutRefunds(shop, order.refunds(), RefundedOrder.of(order), policy, deliveries);
            orders.recordRefunds(
                    shop.shop(),
                    order.id(),
                    order.refunds().stream().map(ShopifyRefund::id).toList());
        }
        if (order.cancelledAt() != null) {
            onCancelled(shop, order);
        }
        orders.markProcessed(shop.shop(), order.id());
        log.debug("order processed shop={} orderId={} topic={}", shop.shop(), order.id(), envelope.topic());
    }

    /**
     * A refund read alone. Its order must be in the ledger: before that, no purchase of it can have been sent, and a
     * record made now would be a stub that keeps the order's first sighting from being recorded. Such a refund is
     * neither sent nor recorded; the order's own payload carries it later (orders/paid, orders/updated), or the
     * reconciler, finding the refund missing from the ledger, requeues the order with its refunds.
     */
    private void processRefund(Envelope envelope, String rawMessage, ShopConfig shop) {
        ShopifyRefund refund;
        try {
            refund = restRefunds.parse(bodies.body(envelope));
        } catch (InvalidPayloadException | UnprocessablePayloadException e) {
            parking.park(envelope, rawMessage, null, e.getMessage());
            return;
        }
        privacy.recordBody(envelope, refund.orderId());
        Optional<OrderRecord> order = orders.find(shop.shop(), refund.orderId());
        if (order.isEmpty()) {
            log.info(
                    "refund of an order not seen yet, left to the order's payload or the reconciler"
                            + " shop={} orderId={} refundId={}",
                    shop.shop(),
                    refund.orderId(),
                    refund.id());
            return;
        }
        OrderDeliveries deliveries = new OrderDeliveries(claims, publisher, shop, refund.orderId());
        fanOutRefunds(
                shop,
                List.of(refund),
                RefundedOrder.of(order.get(), refund),
                PurchasePolicy.from(shop.policy()),
                deliveries);
        orders.recordRefunds(shop.shop(), refund.orderId(), List.of(refund.id()));
        log.debug("refund processed shop={} orderId={} refundId={}", shop.shop(), refund.orderId(), refund.id());
    }

    private void fanOutPurchase(ShopConfig shop, ShopifyOrder order, OrderDeliveries deliveries) {
        String key = OutboundEvent.deriveKey(shop.shop(), order.id(), PURCHASE);
        ObjectNode payload = OrderEventPayload.purchase(shop.shop(), order);
        for (DestinationConfig destination : shop.destinations()) {
            deliveries.deliver(destination, PURCHASE, key, order.processedAt(), payload);
        }
    }

    /**
     * One refund event per Shopify refund and destination, under the purchase's rules: a test order's refunds are
     * skipped unless the shop forwards test orders, and a destination that was never sent the order's purchase (a
     * test order, an order never paid) is not sent its refunds either.
     */
    private void fanOutRefunds(
            ShopConfig shop,
            List<ShopifyRefund> refunds,
            RefundedOrder order,
            PurchasePolicy policy,
            OrderDeliveries deliveries) {
        if (order.test() && !policy.includeTestOrders()) {
            return;
        }
        for (ShopifyRefund refund : refunds) {
            String event = refundEvent(refund);
            // The refund key docs/destinations describe: keyed by the refund itself, as each destination dedupes it.
            String key = OutboundEvent.deriveKey(shop.shop(), refund.id(), "refund");
            ObjectNode payload = OrderEventPayload.refund(shop.shop(), refund, order);
            for (DestinationConfig destination : shop.destinations()) {
                if (deliveries.isRegistered(destination.name(), PURCHASE)) {
                    deliveries.deliver(destination, event, key, refund.createdAt(), payload);
                }
            }
        }
    }

    /**
     * Records the cancellation. The seam for what a cancellation sends: refunding what was not yet refunded is a
     * later issue, so for now a cancel sends nothing; the money a cancellation returns comes with its refunds, which
     * the order payload carries and {@link #fanOutRefunds} sends.
     */
    private void onCancelled(ShopConfig shop, ShopifyOrder order) {
        orders.recordCancelled(shop.shop(), order.id(), order.cancelledAt());
    }

    /** The delivery event of a refund, in the ledger's key and on the delivery queue: {@code refund-<refund id>}. */
    static String refundEvent(ShopifyRefund refund) {
        return "refund-" + refund.id();
    }
}
