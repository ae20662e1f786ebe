package dev.orderrelay.shopify.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
        return reserve(cost, now, null).orElseThrow();
    }

    /**
     * As {@link #reserve(double, Instant)}, unless the wait would be longer than {@code maxWait} (none: any wait): then
     * nothing is taken and the answer is empty.
     */
    synchronized Optional<Duration> reserve(double cost, Instant now, Duration maxWait) {
        if (!known) {
            return Optional.of(Duration.ZERO);
        }
        double needed = Math.min(cost, maximum);
        double level = levelAt(now);
        double missing = needed - level;
        Duration wait =
                missing <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(missing * 1000 / restoreRate));
        if (maxWait != null && wait.compareTo(maxWait) > 0) {
            return Optional.empty();
        }
        available = level - needed; // may go below zero: the points later requests must wait for as well
        readAt = now;
        return Optional.of(wait);
    }

    /** The estimated level at {@code now}. */
    synchronized double levelAt(Instant now) {
        double elapsedSeconds = Math.max(0, Duration.between(readAt, now).toNanos() / 1e9);
        return Math.min(maximum, available + restoreRate * elapsedSeconds);
    }
}
