package dev.orderrelay.devstack.store;

import java.time.Instant;

/**
 * What a caller fixed about a new order.
 *
 * @param createdAt when it was created (now, or an earlier hour for the reconciler to find)
 * @param test whether it is a test order
 * @param financialStatus {@code paid} or {@code pending} at creation, or null to draw it at random
 */
record OrderTraits(Instant createdAt, boolean test, String financialStatus) {}
