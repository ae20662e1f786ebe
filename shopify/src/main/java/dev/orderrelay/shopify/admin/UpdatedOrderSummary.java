package dev.orderrelay.shopify.admin;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One order from {@code OrdersUpdated}: its refunds and cancellation, which the reconciler compares with the ledger.
 *
 * @param id the order's GID
 * @param legacyResourceId the numeric order id as a string
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param cancelledAt when it was cancelled, {@code null} if it is not
 * @param displayFinancialStatus its payment state, upper case; {@code null} if none
 * @param refunds its refunds, at most {@link #REFUNDS_PER_ORDER} (see {@link #mayHaveMoreRefunds()})
 */
public record UpdatedOrderSummary(
        String id,
        String legacyResourceId,
        Instant createdAt,
        Instant updatedAt,
        Instant cancelledAt,
        String displayFinancialStatus,
        List<RefundSummary> refunds) {

    /** How many refunds per order {@code OrdersUpdated} asks for ({@code refunds(first: 10)}). */
    public static final int REFUNDS_PER_ORDER = 10;

    /** Keeps an unmodifiable copy of the refunds. */
    public UpdatedOrderSummary {
        refunds = List.copyOf(refunds);
    }

    /** The refunds' numeric ids. */
    public List<String> refundIds() {
        return refunds.stream().map(RefundSummary::legacyResourceId).toList();
    }

    /**
     * Whether the order may have more refunds than listed: the list is full. Fetch the order ({@code order(id)}, which
     * asks for 20) to see them all.
     */
    public boolean mayHaveMoreRefunds() {
        return refunds.size() >= REFUNDS_PER_ORDER;
    }

    static UpdatedOrderSummary from(JsonNode node) {
        return new UpdatedOrderSummary(
                JsonFields.requiredString(node, "id", "an order"),
                JsonFields.requiredString(node, "legacyResourceId", "an order"),
                JsonFields.instant(node, "createdAt"),
                JsonFields.instant(node, "updatedAt"),
                JsonFields.instant(node, "cancelledAt"),
                JsonFields.string(node, "displayFinancialStatus"),
                JsonFields.each(node.path("refunds"), RefundSummary::from));
    }
}
