package dev.orderrelay.worker.privacy;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.privacy.LedgerRedactions;

/**
 * Scrubs the customer's values from the last errors of their orders' deliveries (one Query per order). A
 * destination's answer may quote what it was sent: Amplitude's 429 lists the throttled user ids, which are customer
 * ids. A sender writing a newer error meanwhile is read again, a bounded number of times.
 */
final class DeliveryErrorRedaction {

    private static final int ROUNDS = 3;

    private final DeliveryClaims claims;
    private final LedgerRedactions rewrites;

    DeliveryErrorRedaction(DeliveryClaims claims, LedgerRedactions rewrites) {
        this.claims = claims;
        this.rewrites = rewrites;
    }

    void redact(RedactionRun run) {
        for (String orderId : run.orders) {
            redactOrder(run, orderId);
        }
    }

    private void redactOrder(RedactionRun run, String orderId) {
        for (int round = 0; round < ROUNDS; round++) {
            boolean clean = true;
            for (DeliveryRecord record : claims.forOrder(run.shop, orderId)) {
                String error = record.lastError();
                if (error == null || !run.tokens.foundIn(error)) {
                    continue;
                }
                if (rewrites.rewriteDeliveryError(
                        run.shop,
                        orderId,
                        record.key().destination(),
                        record.key().event(),
                        error,
                        run.tokens.scrub(error))) {
                    run.deliveries++;
                } else {
                    clean = false;
                }
            }
            if (clean) {
                return;
            }
        }
        throw new IllegalStateException("deliveries of order " + orderId + " of shop " + run.shop
                + " kept changing while their errors were redacted; the redaction will be retried");
    }
}
