package dev.orderrelay.devstack.store;

import dev.orderrelay.devstack.store.admin.OrderSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The store's orders: creating, paying, refunding, cancelling and deleting them, each change with its webhook, and
 * finding them for the Java API and the Admin API. Never logs order contents or customer data.
 */
final class StoreOrders {

    private static final Logger log = LoggerFactory.getLogger(StoreOrders.class);

    private final SimulatedStoreSettings settings;
    private final Clock clock;
    private final OrderPayloads payloads;
    private final RefundPayloads refundPayloads;
    private final Deliveries deliveries;
    private final StoreCounters counters;
    private final ConcurrentSkipListMap<Long, OrderEntry> orders = new ConcurrentSkipListMap<>();
    private final Map<Long, Long> orderOfRefund = new ConcurrentHashMap<>();
    /**
     * Order ids by customer id, so the Admin API's customer fields (order count, journey index) read one customer's
     * orders instead of scanning the store for every order of a page.
     */
    private final Map<Long, Set<Long>> ordersOfCustomer = new ConcurrentHashMap<>();

    StoreOrders(
            SimulatedStoreSettings settings,
            Clock clock,
            OrderPayloads payloads,
            Deliveries deliveries,
            StoreCounters counters) {
        this.settings = settings;
        this.clock = clock;
        this.payloads = payloads;
        this.refundPayloads = new RefundPayloads(settings.seed());
        this.deliveries = deliveries;
        this.counters = counters;
    }

    StoreOrder create(OrderOptions options) {
        OrderShape shape = options.shape().orElseGet(payloads::randomShape);
        OrderTraits traits = new OrderTraits(
                options.createdAt().orElseGet(clock::instant),
                options.test(),
                options.financialStatus().orElse(null));
        CreatedOrder order = payloads.create(shape, traits);
        byte[] body = payloads.bytes(order.document());
        String createEvent = UUID.randomUUID().toString();
        // A checkout paid at once is one merchant action behind both topics, so both share its event id.
        String paidEvent = "paid".equals(order.financialStatus())
                ? createEvent
                : UUID.randomUUID().toString();
        boolean lose = options.losesWebhooks();
        double lossRate = options.webhookLossRate().orElse(settings.webhookLossRate());
        WebhookDelivery create = deliveries.delivery(WebhookTopic.ORDERS_CREATE, createEvent, lose, lossRate);
        WebhookDelivery paid = deliveries.delivery(WebhookTopic.ORDERS_PAID, paidEvent, lose, lossRate);
        OrderEntry entry = new OrderEntry(order, body, lose, create, paid);
        orders.put(order.id(), entry);
        long customerId = customerId(order.document());
        if (customerId != GUEST) {
            ordersOfCustomer
                    .computeIfAbsent(customerId, id -> new ConcurrentSkipListSet<>())
                    .add(order.id());
        }
        counters.orderCreated();
        log.info("order created name={} id={}", order.name(), order.id());

        deliveries.send(create, body);
        deliveries.sendAfter(settings.paidDelay(), paid, () -> markPaid(entry));
        return entry.view();
    }

    StoreRefund refund(long orderId, RefundOptions options) {
        OrderEntry entry = live(orderId);
        synchronized (entry) {
            String status = entry.financialStatus();
            if (entry.isCancelled() || !("paid".equals(status) || "partially_refunded".equals(status))) {
                throw new IllegalStateException("order " + orderId + " cannot be refunded: it is " + status
                        + (entry.isCancelled() ? " and cancelled" : "") + "; Shopify refunds paid orders only");
            }
            return refund(entry, options, UUID.randomUUID().toString());
        }
    }

    /**
     * Cancels the order as the Shopify admin does by default: a paid order is refunded in full first (its
     * {@code refunds/create} shares the cancellation's event id), an unpaid one has its payment voided.
     */
    StoreOrder cancel(long orderId) {
        OrderEntry entry = live(orderId);
        synchronized (entry) {
            if (entry.isCancelled()) {
                throw new IllegalStateException("order " + orderId + " is already cancelled");
            }
            String eventId = UUID.randomUUID().toString();
            String status = entry.financialStatus();
            if ("paid".equals(status) || "partially_refunded".equals(status)) {
                refund(entry, RefundOptions.full(), eventId);
            }
            ObjectNode cancelled = OrderChanges.cancelled(entry.document(), "customer", clock.instant());
            byte[] body = payloads.bytes(cancelled);
            entry.replace(cancelled, body);
            WebhookDelivery delivery =
                    deliveries.delivery(WebhookTopic.ORDERS_CANCELLED, eventId, entry.losesWebhooks());
            entry.cancelled(delivery);
            log.info("order cancelled name={} id={}", entry.name(), orderId);
            deliveries.send(delivery, body);
            return entry.view();
        }
    }

    /** Deletes the order: it is gone from every listing and lookup, and a pending {@code orders/paid} never fires. */
    void delete(long orderId) {
        OrderEntry entry = orders.remove(orderId);
        if (entry == null) {
            throw new IllegalArgumentException("the store has no order " + orderId);
        }
        entry.delete();
        Set<Long> ofCustomer = ordersOfCustomer.get(customerId(entry.snapshot().rest()));
        if (ofCustomer != null) {
            ofCustomer.remove(orderId);
        }
        log.info("order deleted name={} id={}", entry.name(), orderId);
    }

    List<StoreOrder> views() {
        return orders.values().stream().map(OrderEntry::view).toList();
    }

    Optional<StoreOrder> view(long id) {
        return Optional.ofNullable(orders.get(id)).map(OrderEntry::view);
    }

    List<OrderSnapshot> snapshots() {
        return orders.values().stream().map(OrderEntry::snapshot).toList();
    }

    /** The customer's orders not deleted. */
    List<OrderSnapshot> snapshotsOfCustomer(long customerId) {
        return ordersOfCustomer.getOrDefault(customerId, Set.of()).stream()
                .map(orders::get)
                .filter(Objects::nonNull)
                .map(OrderEntry::snapshot)
                .toList();
    }

    Optional<OrderSnapshot> snapshot(long id) {
        return Optional.ofNullable(orders.get(id)).map(OrderEntry::snapshot);
    }

    Optional<OrderSnapshot> snapshotOfRefund(long refundId) {
        return Optional.ofNullable(orderOfRefund.get(refundId)).flatMap(this::snapshot);
    }

    int size() {
        return orders.size();
    }

    private StoreRefund refund(OrderEntry entry, RefundOptions options, String eventId) {
        Instant now = clock.instant();
        ObjectNode refund = refundPayloads.refund(entry.document(), options, now);
        ObjectNode order = OrderChanges.refunded(entry.document(), refund, now);
        entry.replace(order, payloads.bytes(order));
        byte[] body = payloads.bytes(refund);
        String json = new String(body, StandardCharsets.UTF_8);
        WebhookDelivery delivery = deliveries.delivery(
                WebhookTopic.REFUNDS_CREATE, eventId, entry.losesWebhooks() || options.losesWebhook());
        long refundId = refund.get("id").asLong();
        String amount = refund.get("transactions").get(0).get("amount").asString();
        OffsetDateTime createdAt = OffsetDateTime.parse(refund.get("created_at").asString(), OrderPayloads.SHOP_TIME);
        entry.refunded(new OrderEntry.RefundEntry(refundId, createdAt, amount, delivery, json));
        orderOfRefund.put(refundId, entry.id());
        log.info("order refunded name={} id={} refundId={}", entry.name(), entry.id(), refundId);
        deliveries.send(delivery, body);
        return new StoreRefund(refundId, entry.id(), createdAt, amount, MoneySets.SHOP_CURRENCY, delivery.view(), json);
    }

    /** Pays the order when the paid delay is up, unless it was cancelled or deleted meanwhile. */
    private Optional<byte[]> markPaid(OrderEntry entry) {
        synchronized (entry) {
            if (entry.isDeleted() || entry.isCancelled()) {
                return Optional.empty();
            }
            ObjectNode paid = payloads.paid(entry.document(), clock.instant());
            byte[] body = payloads.bytes(paid);
            entry.replace(paid, body);
            return Optional.of(body);
        }
    }

    private static final long GUEST = -1;

    private static long customerId(JsonNode document) {
        return document.path("customer").path("id").asLong(GUEST);
    }

    private OrderEntry live(long orderId) {
        OrderEntry entry = orders.get(orderId);
        if (entry == null) {
            throw new IllegalArgumentException("the store has no order " + orderId + " (never created, or deleted)");
        }
        return entry;
    }
}
