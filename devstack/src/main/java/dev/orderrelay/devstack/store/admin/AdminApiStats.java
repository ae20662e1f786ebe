package dev.orderrelay.devstack.store.admin;

/**
 * What the Admin API has served so far, for tests to check a client's behaviour against (a reconciler that never
 * drains the bucket, backs off when throttled, pages instead of asking for too much).
 *
 * @param requests requests with a valid token, whatever their answer
 * @param throttled answers {@code THROTTLED}
 * @param maxCostExceeded answers {@code MAX_COST_EXCEEDED}
 * @param unauthorized requests refused 401 for a missing or wrong token
 * @param pointsCharged the actual cost of every executed query, summed
 * @param lowestAvailable the lowest {@code currentlyAvailable} the bucket was left at, in whole points; never below 0
 */
public record AdminApiStats(
        long requests,
        long throttled,
        long maxCostExceeded,
        long unauthorized,
        long pointsCharged,
        double lowestAvailable) {}
