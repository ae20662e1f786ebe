package dev.orderrelay.ledger.orders;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An order as the ledger holds it.
 *
 * @param name the shop's display name, e.g. {@code #1001}
 * @param sourceCreatedAt when the platform created the order
 * @param processedAt null until processed
 * @param firstSource how the order first reached the worker: {@code webhook}, {@code eventbridge},
 *     {@code reconciler} (it was missing and the reconciler found it) or {@code replay}; null for orders recorded
 *     before this was kept
 * @param refundIds the platform refund ids the worker has processed for this order
 * @param cancelledAt when the platform cancelled the order, as far as the worker has seen; null if not cancelled
 * @param repairedAt when the reconciler last sent the order back through the pipeline; null if it never did
 * @param sourceUpdatedAt the {@code updated_at} of the newest order payload processed: the version guard (a payload
 *     older than this decides no purchase and no cancellation); null until a payload stated one
 * @param facts what the newest order payload said that a refund alone does not
 * @param refundAmounts the amounts of the refund events built for this order, one per refund id (and currency)
 * @param cancelAmounts the amounts of the cancellation's refund as first decided (zero when nothing was left to
 *     refund); null while none was decided
 */
public record OrderRecord(
        String shop,
        String orderId,
        String name,
        Instant sourceCreatedAt,
        OrderState state,
        Instant firstSeenAt,
        Instant processedAt,
        String firstSource,
        Set<String> refundIds,
        Instant cancelledAt,
        Instant repairedAt,
        Instant sourceUpdatedAt,
        OrderFacts facts,
        List<RefundAmounts> refundAmounts,
        RefundAmounts cancelAmounts) {

    public OrderRecord {
        refundIds = refundIds == null ? Set.of() : Set.copyOf(refundIds);
        facts = facts == null ? OrderFacts.unknown() : facts;
        refundAmounts = refundAmounts == null ? List.of() : List.copyOf(refundAmounts);
    }

    /** An order as recorded before versions, facts and amounts were kept. */
    public OrderRecord(
            String shop,
            String orderId,
            String name,
            Instant sourceCreatedAt,
            OrderState state,
            Instant firstSeenAt,
            Instant processedAt,
            String firstSource,
            Set<String> refundIds,
            Instant cancelledAt,
            Instant repairedAt) {
        this(
                shop,
                orderId,
                name,
                sourceCreatedAt,
                state,
                firstSeenAt,
                processedAt,
                firstSource,
                refundIds,
                cancelledAt,
                repairedAt,
                null,
                null,
                null,
                null);
    }

    /** Whether the reconciler had to bring the order in: it never arrived by the normal path. */
    public boolean foundByReconciler() {
        return "reconciler".equals(firstSource);
    }

    @Override
    public String toString() {
        return "OrderRecord[shop=" + shop + ", orderId=" + orderId + ", state=" + state + "]";
    }
}
