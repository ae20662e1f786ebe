package dev.orderrelay.devstack.store.admin;

import java.util.function.LongSupplier;

/**
 * Shopify's leaky bucket of query cost points: it holds at most {@code maximumAvailable}, refills at
 * {@code restoreRate} points a second, and a query takes its requested cost up front. A query the bucket cannot pay
 * for in full takes nothing, so the bucket never goes below zero. Keeps the lowest level it was left at.
 */
final class CostBucket {

    /** The bucket as an answer's {@code throttleStatus} shows it. */
    record Status(double maximumAvailable, double currentlyAvailable, double restoreRate) {}

    private double maximum;
    private double restoreRate;
    private final LongSupplier nanoTime;
    private double available;
    private double lowest;
    private long lastNanos;

    CostBucket(double maximum, double restoreRate, LongSupplier nanoTime) {
        this.maximum = maximum;
        this.restoreRate = restoreRate;
        this.nanoTime = nanoTime;
        this.available = maximum;
        this.lowest = maximum;
        this.lastNanos = nanoTime.getAsLong();
    }

    /**
     * Changes the bucket's size and refill rate from now on, as a busier shop's share of the limit would: the points
     * held are cut to the new maximum, never raised.
     */
    synchronized void reshape(double newMaximum, double newRestoreRate) {
        if (newMaximum <= 0 || newRestoreRate <= 0) {
            throw new IllegalArgumentException(
                    "bucket size and restore rate must be positive, got " + newMaximum + " and " + newRestoreRate);
        }
        refill();
        maximum = newMaximum;
        restoreRate = newRestoreRate;
        available = Math.min(available, maximum);
        lowest = Math.min(lowest, available);
    }

    /** Takes {@code cost} points if the bucket holds them; false, and nothing taken, if it does not. */
    synchronized boolean tryTake(int cost) {
        refill();
        if (available < cost) {
            return false;
        }
        available -= cost;
        lowest = Math.min(lowest, available);
        return true;
    }

    /** Gives back points taken but not spent (requested minus actual cost). */
    synchronized void giveBack(int points) {
        refill();
        available = Math.min(maximum, available + Math.max(0, points));
    }

    /** Seconds until {@code cost} points are available, at least 1. */
    synchronized long secondsUntil(int cost) {
        refill();
        return Math.max(1, (long) Math.ceil((cost - available) / restoreRate));
    }

    /** The bucket now; {@code currentlyAvailable} in whole points, as Shopify shows it. */
    synchronized Status status() {
        refill();
        return new Status(maximum, Math.floor(available), restoreRate);
    }

    synchronized double lowest() {
        return Math.floor(lowest);
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        available = Math.min(maximum, available + (now - lastNanos) / 1e9 * restoreRate);
        lastNanos = now;
    }
}
