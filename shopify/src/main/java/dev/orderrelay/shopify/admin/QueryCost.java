package dev.orderrelay.shopify.admin;

import tools.jackson.databind.JsonNode;

/**
 * {@code extensions.cost} of an answer: what the request was charged up front and the shop's bucket after it.
 *
 * @param requested {@code requestedQueryCost}, or -1 when the answer did not say
 * @param maximumAvailable {@code throttleStatus.maximumAvailable}: the bucket's size
 * @param currentlyAvailable {@code throttleStatus.currentlyAvailable}: the points left
 * @param restoreRate {@code throttleStatus.restoreRate}: points restored per second
 */
record QueryCost(double requested, double maximumAvailable, double currentlyAvailable, double restoreRate) {

    /** The answer's cost, or {@code null} when it carries no complete {@code throttleStatus}. */
    static QueryCost from(JsonNode answer) {
        JsonNode cost = answer.path("extensions").path("cost");
        JsonNode status = cost.path("throttleStatus");
        JsonNode maximum = status.path("maximumAvailable");
        JsonNode available = status.path("currentlyAvailable");
        JsonNode rate = status.path("restoreRate");
        if (!maximum.isNumber() || !available.isNumber() || !rate.isNumber()) {
            return null;
        }
        JsonNode requested = cost.path("requestedQueryCost");
        return new QueryCost(
                requested.isNumber() ? requested.doubleValue() : -1,
                maximum.doubleValue(),
                available.doubleValue(),
                rate.doubleValue());
    }
}
