package dev.orderrelay.reconciler.hours;

import dev.orderrelay.reconciler.source.SourceOrder;
import dev.orderrelay.shopify.order.PurchasePolicy;
import java.util.Map;

/**
 * Where a source order stands in the denominator: eligible exactly when the worker's {@link PurchasePolicy} would
 * send its purchase; otherwise excluded (a test order the shop leaves out, an order of a sales channel the shop
 * excludes, or one cancelled, voided or expired before payment) or pending (awaiting payment).
 */
public record Eligibility(PurchasePolicy policy) {

    /** What a source order counts as. */
    public enum Standing {
        /** Must reach every destination. */
        ELIGIBLE,
        /** Awaiting payment: counted once paid. */
        PENDING,
        /**
         * Never counted: a test order the shop leaves out, an order of an excluded channel, or one cancelled or expired
         * before payment.
         */
        EXCLUDED
    }

    public static Eligibility from(Map<String, String> policy) {
        return new Eligibility(PurchasePolicy.from(policy));
    }

    public Standing of(SourceOrder order) {
        if (policy.isPurchase(order.test(), order.sourceName(), order.financialStatus())) {
            return Standing.ELIGIBLE;
        }
        if (!policy.sendsEventsFor(order.test(), order.sourceName())
                || order.cancelledAt() != null
                || "voided".equals(order.financialStatus())
                || "expired".equals(order.financialStatus())) {
            return Standing.EXCLUDED;
        }
        return Standing.PENDING;
    }
}
