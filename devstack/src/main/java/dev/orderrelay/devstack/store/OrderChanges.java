package dev.orderrelay.devstack.store;

import static java.time.temporal.ChronoUnit.SECONDS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The later versions of an order's REST document: refunded, cancelled. Each returns a changed copy, never touching
 * the version it was given, which other threads may be reading, and moves {@code updated_at} on.
 */
final class OrderChanges {

    private OrderChanges() {}

    /**
     * Sets {@code updated_at} to now, or a second after the previous version if now is not later: Shopify stamps
     * whole seconds and drops identical payloads, so a later stamp keeps versions apart and an {@code updated_at}
     * search finds the change.
     */
    static OffsetDateTime stamp(ObjectNode order, Instant now) {
        OffsetDateTime previous = OffsetDateTime.parse(order.get("updated_at").asString(), OrderPayloads.SHOP_TIME);
        OffsetDateTime at = now.atOffset(OrderPayloads.SHOP_OFFSET).truncatedTo(SECONDS);
        if (!at.isAfter(previous)) {
            at = previous.plusSeconds(1);
        }
        order.put("updated_at", OrderPayloads.SHOP_TIME.format(at));
        return at;
    }

    /** The order with {@code refund} appended to its {@code refunds}, and its status and current total updated. */
    static ObjectNode refunded(ObjectNode order, ObjectNode refund, Instant now) {
        ObjectNode changed = order.deepCopy();
        ArrayNode refunds = changed.has("refunds") ? (ArrayNode) changed.get("refunds") : changed.putArray("refunds");
        refunds.add(refund);
        BigDecimal total = MoneySets.amount(changed, "total_price");
        BigDecimal refundedSoFar = refundedAmount(changed);
        changed.put("financial_status", refundedSoFar.compareTo(total) >= 0 ? "refunded" : "partially_refunded");
        BigDecimal current = total.subtract(refundedSoFar);
        changed.put("current_total_price", current.toPlainString());
        MoneySets.put(
                changed,
                "current_total_price_set",
                current,
                changed.get("presentment_currency").asString());
        stamp(changed, now);
        return changed;
    }

    /**
     * The order cancelled: {@code cancelled_at} and {@code cancel_reason} set, and an unpaid order's payment voided. A
     * paid order is refunded before it is cancelled, so its status is already {@code refunded}.
     */
    static ObjectNode cancelled(ObjectNode order, String reason, Instant now) {
        ObjectNode changed = order.deepCopy();
        stamp(changed, now);
        // The moment of cancellation, even when a refund in the same second pushed updated_at a second on.
        OffsetDateTime at = now.atOffset(OrderPayloads.SHOP_OFFSET).truncatedTo(SECONDS);
        changed.put("cancelled_at", OrderPayloads.SHOP_TIME.format(at));
        changed.put("cancel_reason", reason);
        String status = changed.get("financial_status").asString();
        if ("pending".equals(status) || "authorized".equals(status)) {
            changed.put("financial_status", "voided");
        }
        return changed;
    }

    /** The sum of every refund transaction of the order. */
    static BigDecimal refundedAmount(JsonNode order) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (JsonNode refund : order.path("refunds")) {
            for (JsonNode transaction : refund.path("transactions")) {
                sum = sum.add(MoneySets.amount(transaction, "amount"));
            }
        }
        return sum;
    }
}
