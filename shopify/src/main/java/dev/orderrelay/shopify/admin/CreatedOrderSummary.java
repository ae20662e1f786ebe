package dev.orderrelay.shopify.admin;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One order from {@code OrdersCreated}: what the reconciler needs to place it in an hour's throughput row.
 *
 * @param id the order's GID, e.g. {@code gid://shopify/Order/820982911946154508}
 * @param legacyResourceId the numeric order id as a string (it exceeds 2^53)
 * @param name the order's name, e.g. {@code #1001}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param test whether it is a test order ({@code null} if Shopify did not say)
 * @param sourceName the channel it came from, e.g. {@code web} or {@code pos} ({@code null} if none)
 * @param cancelledAt when it was cancelled, {@code null} if it is not
 * @param displayFinancialStatus its payment state, upper case (e.g. {@code PAID}); {@code null} if none
 */
public record CreatedOrderSummary(
        String id,
        String legacyResourceId,
        String name,
        Instant createdAt,
        Instant updatedAt,
        Boolean test,
        String sourceName,
        Instant cancelledAt,
        String displayFinancialStatus) {

    static CreatedOrderSummary from(JsonNode node) {
        return new CreatedOrderSummary(
                JsonFields.requiredString(node, "id", "an order"),
                JsonFields.requiredString(node, "legacyResourceId", "an order"),
                JsonFields.string(node, "name"),
                JsonFields.instant(node, "createdAt"),
                JsonFields.instant(node, "updatedAt"),
                JsonFields.bool(node, "test"),
                JsonFields.string(node, "sourceName"),
                JsonFields.instant(node, "cancelledAt"),
                JsonFields.string(node, "displayFinancialStatus"));
    }
}
