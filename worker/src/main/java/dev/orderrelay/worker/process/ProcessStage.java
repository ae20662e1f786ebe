package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.delivery.DeliveryMessage;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one envelope into order events: skip a delivery already processed, park what cannot be processed, record
 * the order, register one delivery per destination and publish it, and only then mark the delivery seen. Any
 * exception (ledger, S3 or SQS unreachable) propagates, so the message stays on the queue and comes back.
 */
public class ProcessStage {

    static final String PURCHASE = "purchase";
    private static final Set<String> ORDER_TOPICS = Set.of("orders/create", "orders/paid", "orders/updated");
    private static final Logger log = LoggerFactory.getLogger(ProcessStage.class);

    private final SeenDeliveries seen;
    private final ShopRegistry shops;
    private final OrderLedger orders;
    private final DeliveryClaims claims;
    private final ProcessParking parking;
    private final EnvelopeBodies bodies;
    private final ShopifyOrderParser parser;
    private final DeliveryPublisher publisher;

    public ProcessStage(
            SeenDeliveries seen,
            ShopRegistry shops,
            OrderLedger orders,
            DeliveryClaims claims,
            ProcessParking parking,
            EnvelopeBodies bodies,
            DeliveryPublisher publisher) {
        this.seen = seen;
        this.shops = shops;
        this.orders = orders;
        this.claims = claims;
        this.parking = parking;
        this.bodies = bodies;
        this.parser = new ShopifyOrderParser();
        this.publisher = publisher;
    }

    public void process(Envelope envelope, String rawMessage) {
        // A replay is support asking for it again on purpose: it must not be skipped as a duplicate.
        boolean replay = envelope.source() == EnvelopeSource.REPLAY;
        if (!replay && envelope.webhookId() != null && seen.wasProcessed(envelope.shop(), envelope.webhookId())) {
            log.debug("delivery already processed shop={} webhookId={}", envelope.shop(), envelope.webhookId());
            return;
        }
        Optional<ShopConfig> shop = shops.find(envelope.shop());
        if (shop.isEmpty()) {
            parking.park(
                    envelope,
                    rawMessage,
                    null,
                    "unknown shop " + envelope.shop() + ": configure it with PUT /api/shops/" + envelope.shop()
                            + ", then replay");
        } else if (shop.get().status() == ShopStatus.UNINSTALLED) {
            parking.park(envelope, rawMessage, null, "shop " + envelope.shop() + " is uninstalled");
        } else if (!ORDER_TOPICS.contains(envelope.topic())) {
            parking.park(envelope, rawMessage, null, "topic " + envelope.topic() + " is not processed by this version");
        } else {
            processOrder(envelope, rawMessage, shop.get());
        }
        if (envelope.webhookId() != null) {
            seen.markProcessed(envelope.shop(), envelope.webhookId(), envelope.topic());
        }
    }

    private void processOrder(Envelope envelope, String rawMessage, ShopConfig shop) {
        ShopifyOrder order;
        try {
            order = parser.parse(bodies.body(envelope));
        } catch (UnprocessablePayloadException e) {
            parking.park(envelope, rawMessage, null, e.getMessage());
            return;
        }
        orders.recordSeen(
                shop.shop(),
                order.id(),
                order.name(),
                order.createdAt(),
                envelope.source().wireName());
        if (PurchasePolicy.from(shop.policy()).isPurchase(order)) {
            fanOutPurchase(shop, order);
        }
        orders.markProcessed(shop.shop(), order.id());
        log.debug("order processed shop={} orderId={} topic={}", shop.shop(), order.id(), envelope.topic());
    }

    /**
     * Registers the purchase for each destination and publishes it where it is new or still pending. A repeat
     * sighting (orders/paid after orders/create, every orders/updated) publishes nothing for a delivery that is
     * already delivered or parked; a pending one is published again, because a crash may have come between its
     * registration and its first publish.
     */
    private void fanOutPurchase(ShopConfig shop, ShopifyOrder order) {
        String key = OutboundEvent.deriveKey(shop.shop(), order.id(), PURCHASE);
        ObjectNode payload = OrderEventPayload.purchase(shop.shop(), order);
        Set<String> pending = null;
        for (DestinationConfig destination : shop.destinations()) {
            DeliveryKey delivery = new DeliveryKey(shop.shop(), order.id(), destination.name(), PURCHASE);
            boolean registeredNow = claims.register(delivery, destination.kind(), key);
            if (!registeredNow && pending == null) {
                pending = pendingPurchases(shop.shop(), order.id());
            }
            if (registeredNow || pending.contains(destination.name())) {
                publisher.publish(new DeliveryMessage(
                        DeliveryMessage.CURRENT_VERSION,
                        shop.shop(),
                        order.id(),
                        destination.name(),
                        destination.kind(),
                        PURCHASE,
                        key,
                        order.processedAt(),
                        payload));
            }
        }
    }

    /** Destinations whose purchase of this order is still pending: one Query on the order's deliveries. */
    private Set<String> pendingPurchases(String shop, String orderId) {
        return claims.forOrder(shop, orderId).stream()
                .filter(record -> PURCHASE.equals(record.key().event()) && record.state() == DeliveryState.PENDING)
                .map(record -> record.key().destination())
                .collect(Collectors.toSet());
    }
}
