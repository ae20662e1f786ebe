package dev.orderrelay.devstack.store;

import java.time.OffsetDateTime;

/**
 * A snapshot of one refund the simulated store made.
 *
 * @param id the refund id, above 2^53 like real Shopify ids
 * @param orderId the refunded order's id
 * @param createdAt when it was made, at the shop's offset
 * @param amount the refunded amount in shop currency, a decimal string
 * @param currency the shop currency
 * @param delivery its {@code refunds/create} webhook
 * @param restJson the REST Refund resource its webhook carries
 */
public record StoreRefund(
        long id,
        long orderId,
        OffsetDateTime createdAt,
        String amount,
        String currency,
        DeliveryView delivery,
        String restJson) {

    /** {@code gid://shopify/Refund/<id>}. */
    public String gid() {
        return "gid://shopify/Refund/" + id;
    }

    /** Leaves out the JSON, which carries the refunded line items. */
    @Override
    public String toString() {
        return "StoreRefund[id=" + id + ", orderId=" + orderId + ", amount=" + amount + " " + currency + ", delivery="
                + delivery + "]";
    }
}
