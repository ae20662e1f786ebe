package dev.orderrelay.devstack.store;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of one order the simulated store created, with how its webhooks fared.
 *
 * @param id the order id, above 2^53 like real Shopify ids, so it only survives as a {@code long}
 * @param name the display name, e.g. {@code #1001}
 * @param orderNumber the number in the name, e.g. 1001
 * @param createdAt when the order was created, at the shop's offset
 * @param updatedAt when it last changed (created, paid, refunded, cancelled), at the shop's offset
 * @param financialStatus as of now: {@code pending}, {@code paid}, {@code partially_refunded}, {@code refunded} or
 *     {@code voided}
 * @param totalPrice the order total as Shopify writes it, a decimal string
 * @param currency the shop currency
 * @param large whether its body exceeds 300 KiB
 * @param test whether it is a test order
 * @param cancelledAt when it was cancelled, or null if it was not
 * @param lineItems its lines, in payload order
 * @param refunds its refunds, oldest first
 * @param deliveries one delivery per order topic: create and paid, and cancelled once it is cancelled
 * @param restJson the order's latest REST JSON, as its last change left it (contains customer PII)
 */
public record StoreOrder(
        long id,
        String name,
        int orderNumber,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String financialStatus,
        String totalPrice,
        String currency,
        boolean large,
        boolean test,
        OffsetDateTime cancelledAt,
        List<StoreLineItem> lineItems,
        List<StoreRefund> refunds,
        Map<WebhookTopic, DeliveryView> deliveries,
        String restJson) {

    public StoreOrder {
        lineItems = List.copyOf(lineItems);
        refunds = List.copyOf(refunds);
        // Topic order, so toString and iteration read the same way every time.
        deliveries = deliveries.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(deliveries));
    }

    public DeliveryView delivery(WebhookTopic topic) {
        return deliveries.get(topic);
    }

    /** {@code gid://shopify/Order/<id>}, the id the Admin GraphQL API knows it by. */
    public String gid() {
        return "gid://shopify/Order/" + id;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** Leaves out the JSON: it holds customer PII and may be hundreds of KiB. */
    @Override
    public String toString() {
        return "StoreOrder[id=" + id + ", name=" + name + ", financialStatus=" + financialStatus + ", large=" + large
                + ", cancelled=" + cancelled() + ", refunds=" + refunds.size() + ", deliveries=" + deliveries + "]";
    }
}
