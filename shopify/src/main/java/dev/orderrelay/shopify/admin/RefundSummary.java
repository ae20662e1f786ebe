package dev.orderrelay.shopify.admin;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One refund of an order as {@code OrdersUpdated} lists it.
 *
 * @param legacyResourceId the numeric refund id as a string
 * @param createdAt when the refund was made
 */
public record RefundSummary(String legacyResourceId, Instant createdAt) {

    static RefundSummary from(JsonNode node) {
        return new RefundSummary(
                JsonFields.requiredString(node, "legacyResourceId", "a refund"), JsonFields.instant(node, "createdAt"));
    }
}
