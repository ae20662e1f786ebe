package dev.orderrelay.reconciler.hours;

/**
 * An order the reconciler sends back through the pipeline, and why.
 *
 * @param orderId the platform order id
 * @param knownToLedger whether the ledger holds the order (false: it never arrived)
 */
public record Repair(String orderId, Reason reason, boolean knownToLedger) {

    /** Why an order is requeued. */
    public enum Reason {
        /** The source has it, the ledger never saw it. */
        MISSING_ORDER,
        /** The ledger has the order but not one of its refunds. */
        MISSING_REFUND,
        /** The source cancelled it, the ledger does not know. */
        MISSING_CANCELLATION,
        /**
         * Eligible, but its purchase is not delivered to a destination long after it should have been: never
         * registered (a lost orders/paid) or pending with no progress.
         */
        STALLED
    }
}
