package dev.orderrelay.ledger.orders;

import java.time.Instant;

/**
 * An order as the ledger holds it.
 *
 * @param name the shop's display name, e.g. {@code #1001}
 * @param sourceCreatedAt when the platform created the order
 * @param processedAt null until processed
 */
public record OrderRecord(
        String shop,
        String orderId,
        String name,
        Instant sourceCreatedAt,
        OrderState state,
        Instant firstSeenAt,
        Instant processedAt) {

    @Override
    public String toString() {
        return "OrderRecord[shop=" + shop + ", orderId=" + orderId + ", state=" + state + "]";
    }
}
