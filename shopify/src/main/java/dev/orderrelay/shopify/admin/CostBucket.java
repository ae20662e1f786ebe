package dev.orderrelay.shopify.admin;

import java.time.Duration;
import java.time.Instant;

/**
 * What the client knows of one shop's cost bucket: the last {@code throttleStatus} Shopify reported and when it was
 * read. Between answers it estimates the level as Shopify's leaky bucket does: last available plus restore rate times
 * the time elapsed, capped at the maximum. Before each request it reserves the request's cost, so that the next one
 * (even from another thread) queues behind it; every answer replaces the estimate with Shopify's figures.
 */
final class CostBucket {

    private boolean known;
    private double maximum;
    private double available;
    private double restoreRate;
    private Instant readAt = Instant.EPOCH;

    /** Shopify's figures, read at {@code at}. */
    synchronized void observe(double maximumAvailable, double currentlyAvailable, double rate, Instant at) {
        this.known = maximumAvailable > 0 && rate > 0;
        this.maximum = maximumAvailable;
        this.available = currentlyAvailable;
        this.restoreRate = rate;
        this.readAt = at;
    }

    /**
     * How long to wait before a request of this cost can run, and takes the cost from the estimate. Nothing is known
     * before the first answer: no wait. A cost above the bucket's size waits for a full bucket (Shopify rejects it
     * anyway with MAX_COST_EXCEEDED, which is not ours to hide).
     */
    synchronized Duration reserve(double cost, Instant now) {
        if (!known) {
            return Duration.ZERO;
        }
        double needed = Math.min(cost, maximum);
        double level = levelAt(now);
        double missing = needed - level;
        available = level - needed; // may go below zero: the points later requests must wait for as well
        readAt = now;
        if (missing <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil(missing * 1000 / restoreRate));
    }

    /** The estimated level at {@code now}. */
    synchronized double levelAt(Instant now) {
        double elapsedSeconds = Math.max(0, Duration.between(readAt, now).toNanos() / 1e9);
        return Math.min(maximum, available + restoreRate * elapsedSeconds);
    }
}
