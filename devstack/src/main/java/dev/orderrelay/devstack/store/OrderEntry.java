package dev.orderrelay.devstack.store;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

/** One order in the store's memory: fixed facts, the latest payload and status, and its two deliveries. */
final class OrderEntry {

    private final long id;
    private final String name;
    private final int number;
    private final OffsetDateTime createdAt;
    private final String totalPrice;
    private final String currency;
    private final boolean large;
    private final WebhookDelivery create;
    private final WebhookDelivery paid;
    // Guarded by this, so a view never pairs the paid JSON with the pending status.
    private String financialStatus;
    private String restJson;

    OrderEntry(CreatedOrder order, byte[] createdBody, WebhookDelivery create, WebhookDelivery paid) {
        this.id = order.id();
        this.name = order.name();
        this.number = order.number();
        this.createdAt = order.createdAt();
        this.totalPrice = order.totalPrice();
        this.currency = order.currency();
        this.large = order.large();
        this.financialStatus = order.financialStatus();
        this.restJson = new String(createdBody, StandardCharsets.UTF_8);
        this.create = create;
        this.paid = paid;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    WebhookDelivery createDelivery() {
        return create;
    }

    WebhookDelivery paidDelivery() {
        return paid;
    }

    synchronized void markPaid(byte[] paidBody) {
        restJson = new String(paidBody, StandardCharsets.UTF_8);
        financialStatus = "paid";
    }

    synchronized StoreOrder view() {
        Map<WebhookTopic, DeliveryView> deliveries = new EnumMap<>(WebhookTopic.class);
        deliveries.put(WebhookTopic.ORDERS_CREATE, create.view());
        deliveries.put(WebhookTopic.ORDERS_PAID, paid.view());
        return new StoreOrder(
                id, name, number, createdAt, financialStatus, totalPrice, currency, large, deliveries, restJson);
    }
}
