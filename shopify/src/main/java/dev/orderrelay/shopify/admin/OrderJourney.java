package dev.orderrelay.shopify.admin;

import tools.jackson.databind.JsonNode;

/**
 * Where an order stands in its customer's history, as the Admin API tells it.
 *
 * @param customerOrderIndex {@code customerJourneySummary.customerOrderIndex}, the order's position in its customer's
 *     history (test orders not counted); null while Shopify is still attributing the order, or for a guest
 * @param numberOfOrders the customer's order count now ({@code Customer.numberOfOrders}); null for a guest
 * @param ready whether Shopify has finished attributing the order's sessions
 */
public record OrderJourney(Long customerOrderIndex, Long numberOfOrders, boolean ready) {

    static OrderJourney from(JsonNode order) {
        JsonNode summary = order.path("customerJourneySummary");
        return new OrderJourney(
                number(summary.path("customerOrderIndex")),
                number(order.path("customer").path("numberOfOrders")),
                Boolean.TRUE.equals(JsonFields.bool(summary, "ready")));
    }

    /** An {@code Int} as a number, or an {@code UnsignedInt64} as a string of digits; null otherwise. */
    private static Long number(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isString() && value.stringValue().matches("\\d{1,18}")) {
            return Long.parseLong(value.stringValue());
        }
        return null;
    }
}
