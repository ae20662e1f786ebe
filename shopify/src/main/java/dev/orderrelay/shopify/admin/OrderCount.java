package dev.orderrelay.shopify.admin;

import java.util.Objects;

/**
 * How many orders a window holds, as Shopify's {@code ordersCount} says.
 *
 * @param count the number of orders
 * @param precision whether {@code count} is exact or a lower bound
 */
public record OrderCount(long count, CountPrecision precision) {

    /** Checks the values. */
    public OrderCount {
        if (count < 0) {
            throw new IllegalArgumentException("an order count cannot be negative: " + count);
        }
        Objects.requireNonNull(precision, "an order count needs its precision");
    }

    /** Whether {@code count} is the exact number of orders. */
    public boolean exact() {
        return precision == CountPrecision.EXACT;
    }
}
