package dev.orderrelay.devstack.store;

import dev.orderrelay.devstack.store.admin.OrderSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One order in the store's memory: its fixed facts, its current REST document and its deliveries. The document is
 * replaced on every change, never modified, so a snapshot handed out stays as it was. Callers that read the document
 * and replace it synchronize on the entry, so two changes never interleave.
 */
final class OrderEntry {

    /** One refund of the order: its REST resource and its {@code refunds/create} delivery. */
    record RefundEntry(long id, OffsetDateTime createdAt, String amount, WebhookDelivery delivery, String restJson) {}

    private final long id;
    private final String name;
    private final int number;
    private final OffsetDateTime createdAt;
    private final String totalPrice;
    private final String currency;
    private final boolean large;
    private final boolean test;
    private final boolean losesWebhooks;
    private final List<StoreLineItem> lineItems;
    private final WebhookDelivery create;
    private final WebhookDelivery paid;
    private final List<RefundEntry> refunds = new ArrayList<>();
    private WebhookDelivery cancelled;
    private ObjectNode document;
    private String restJson;
    private boolean deleted;

    OrderEntry(CreatedOrder order, byte[] body, boolean losesWebhooks, WebhookDelivery create, WebhookDelivery paid) {
        this.id = order.id();
        this.name = order.name();
        this.number = order.number();
        this.createdAt = order.createdAt();
        this.totalPrice = order.totalPrice();
        this.currency = order.currency();
        this.large = order.large();
        this.test = order.test();
        this.losesWebhooks = losesWebhooks;
        this.lineItems = lineItems(order.document());
        this.create = create;
        this.paid = paid;
        replace(order.document(), body);
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean losesWebhooks() {
        return losesWebhooks;
    }

    WebhookDelivery createDelivery() {
        return create;
    }

    WebhookDelivery paidDelivery() {
        return paid;
    }

    /** The current version; never modify it, derive a changed copy and {@link #replace} it. */
    synchronized ObjectNode document() {
        return document;
    }

    synchronized void replace(ObjectNode next, byte[] body) {
        document = next;
        restJson = new String(body, StandardCharsets.UTF_8);
    }

    synchronized void refunded(RefundEntry refund) {
        refunds.add(refund);
    }

    synchronized void cancelled(WebhookDelivery delivery) {
        cancelled = delivery;
    }

    synchronized boolean isCancelled() {
        return !document.path("cancelled_at").isNull();
    }

    synchronized void delete() {
        deleted = true;
    }

    synchronized boolean isDeleted() {
        return deleted;
    }

    synchronized String financialStatus() {
        return document.get("financial_status").asString();
    }

    synchronized OrderSnapshot snapshot() {
        return new OrderSnapshot(
                id, createdAt.toInstant(), time(document.get("updated_at")).toInstant(), document);
    }

    synchronized StoreOrder view() {
        Map<WebhookTopic, DeliveryView> deliveries = new EnumMap<>(WebhookTopic.class);
        deliveries.put(WebhookTopic.ORDERS_CREATE, create.view());
        deliveries.put(WebhookTopic.ORDERS_PAID, paid.view());
        if (cancelled != null) {
            deliveries.put(WebhookTopic.ORDERS_CANCELLED, cancelled.view());
        }
        List<StoreRefund> refundViews = refunds.stream()
                .map(refund -> new StoreRefund(
                        refund.id(),
                        id,
                        refund.createdAt(),
                        refund.amount(),
                        currency,
                        refund.delivery().view(),
                        refund.restJson()))
                .toList();
        JsonNode cancelledAt = document.get("cancelled_at");
        return new StoreOrder(
                id,
                name,
                number,
                createdAt,
                time(document.get("updated_at")),
                financialStatus(),
                totalPrice,
                currency,
                large,
                test,
                cancelledAt.isNull() ? null : time(cancelledAt),
                lineItems,
                refundViews,
                deliveries,
                restJson);
    }

    private static OffsetDateTime time(JsonNode value) {
        return OffsetDateTime.parse(value.asString(), OrderPayloads.SHOP_TIME);
    }

    private static List<StoreLineItem> lineItems(JsonNode order) {
        List<StoreLineItem> lines = new ArrayList<>();
        for (JsonNode line : order.get("line_items")) {
            lines.add(new StoreLineItem(
                    line.get("id").asLong(),
                    line.get("quantity").asInt(),
                    line.get("price").asString()));
        }
        return List.copyOf(lines);
    }
}
