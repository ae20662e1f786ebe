package dev.orderrelay.devstack.store.admin;

/**
 * How the Admin API server listens and limits.
 *
 * @param port the port on 127.0.0.1, 0 for a free one
 * @param bucketSize the cost bucket's {@code maximumAvailable} points
 * @param restoreRate points regained per second
 * @param throttleStatus the HTTP status of a {@code THROTTLED} answer, 200 or 429
 * @param maxQueryCost the requested cost above which a query is refused with {@code MAX_COST_EXCEEDED}
 */
public record AdminApiConfig(int port, double bucketSize, double restoreRate, int throttleStatus, int maxQueryCost) {}
