package dev.orderrelay.devstack.store;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A snapshot of one order the simulated store created, with how its webhooks fared.
 *
 * @param id the order id, above 2^53 like real Shopify ids, so it only survives as a {@code long}
 * @param name the display name, e.g. {@code #1001}
 * @param orderNumber the number in the name, e.g. 1001
 * @param createdAt when the order was created, at the shop's offset
 * @param financialStatus {@code pending} or {@code paid}, as of now
 * @param totalPrice the order total as Shopify writes it, a decimal string
 * @param currency the shop currency
 * @param large whether its body exceeds 300 KiB
 * @param deliveries one delivery per topic
 * @param restJson the order's latest REST JSON, as the last webhook sent it (contains customer PII)
 */
public record StoreOrder(
        long id,
        String name,
        int orderNumber,
        OffsetDateTime createdAt,
        String financialStatus,
        String totalPrice,
        String currency,
        boolean large,
        Map<WebhookTopic, DeliveryView> deliveries,
        String restJson) {

    public StoreOrder {
        // Topic order, so toString and iteration read the same way every time.
        deliveries = deliveries.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(deliveries));
    }

    public DeliveryView delivery(WebhookTopic topic) {
        return deliveries.get(topic);
    }

    /** Leaves out the JSON: it holds customer PII and may be hundreds of KiB. */
    @Override
    public String toString() {
        return "StoreOrder[id=" + id + ", name=" + name + ", financialStatus=" + financialStatus + ", large=" + large
                + ", deliveries=" + deliveries + "]";
    }
}
