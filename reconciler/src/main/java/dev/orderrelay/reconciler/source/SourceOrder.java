package dev.orderrelay.reconciler.source;

import java.time.Instant;
import java.util.List;

/**
 * An order as the platform lists it: enough to place it in an hour's row and to see what the ledger lacks.
 *
 * @param orderId the platform's numeric order id, as a string
 * @param financialStatus lower case, as in REST payloads: {@code pending}, {@code paid}, {@code refunded}, ...
 * @param sourceName the sales channel, or null
 * @param cancelledAt null unless cancelled
 * @param refundIds the order's refunds' numeric ids; empty when the listing does not carry them
 */
public record SourceOrder(
        String orderId,
        String name,
        Instant createdAt,
        Instant updatedAt,
        boolean test,
        String sourceName,
        Instant cancelledAt,
        String financialStatus,
        List<String> refundIds) {

    public SourceOrder {
        refundIds = refundIds == null ? List.of() : List.copyOf(refundIds);
    }
}
