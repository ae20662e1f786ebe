package dev.orderrelay.reconciler.hours;

import dev.orderrelay.reconciler.source.SourceOrder;
import java.util.Map;
import java.util.Set;

/**
 * Where a source order stands in the denominator, under the shop's policy ({@code purchaseOn}: {@code paid}, the
 * default, or {@code create}; {@code includeTestOrders}: {@code false} by default), the same keys the worker's
 * purchase policy reads: an order is eligible exactly when the worker would send its purchase.
 */
public record Eligibility(boolean purchaseOnCreate, boolean includeTestOrders) {

    /** What a source order counts as. */
    public enum Standing {
        /** Must reach every destination. */
        ELIGIBLE,
        /** Awaiting payment: counted once paid. */
        PENDING,
        /** Never counted: a test order the shop leaves out, or cancelled or expired before payment. */
        EXCLUDED
    }

    private static final Set<String> COMMITTED =
            Set.of("paid", "authorized", "partially_paid", "partially_refunded", "refunded");

    public static Eligibility from(Map<String, String> policy) {
        return new Eligibility(
                "create".equalsIgnoreCase(policy.getOrDefault("purchaseOn", "paid")),
                Boolean.parseBoolean(policy.getOrDefault("includeTestOrders", "false")));
    }

    public Standing of(SourceOrder order) {
        if (order.test() && !includeTestOrders) {
            return Standing.EXCLUDED;
        }
        if (purchaseOnCreate || COMMITTED.contains(order.financialStatus())) {
            return Standing.ELIGIBLE;
        }
        if (order.cancelledAt() != null
                || "voided".equals(order.financialStatus())
                || "expired".equals(order.financialStatus())) {
            return Standing.EXCLUDED;
        }
        return Standing.PENDING;
    }
}
