package dev.orderrelay.devstack.destinations;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Fault} as it plays out: when it was set, how many requests it may still take, and the latch that lets go
 * of requests a hang is holding once the fault is cleared or replaced.
 */
public final class ActiveFault {

    private final Fault fault;
    private final Instant setAt;
    private final AtomicInteger remaining;
    private final CountDownLatch released = new CountDownLatch(1);

    ActiveFault(Fault fault, Instant setAt) {
        this.fault = Objects.requireNonNull(fault, "fault");
        this.setAt = Objects.requireNonNull(setAt, "setAt");
        this.remaining = fault.orders() == null ? null : new AtomicInteger(fault.orders());
    }

    public Fault fault() {
        return fault;
    }

    /** Takes one request if the fault still applies at {@code now}, counting it against {@code orders}. */
    boolean claim(Instant now) {
        if (expired(now) || released.getCount() == 0) {
            return false;
        }
        if (remaining == null) {
            return true;
        }
        // Concurrent requests race for the last orders; the count must never go below zero.
        int left;
        do {
            left = remaining.get();
            if (left <= 0) {
                return false;
            }
        } while (!remaining.compareAndSet(left, left - 1));
        return true;
    }

    /** Whether it would still fault a request at {@code now}. */
    boolean live(Instant now) {
        return !expired(now) && released.getCount() > 0 && (remaining == null || remaining.get() > 0);
    }

    /** How much of the fault's window is left at {@code now}, or {@code ceiling} if it has none or more than that. */
    Duration timeLeft(Instant now, Duration ceiling) {
        if (fault.seconds() == null) {
            return ceiling;
        }
        Duration left = Duration.between(now, setAt.plusSeconds(fault.seconds()));
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(ceiling) < 0 ? left : ceiling;
    }

    /** Waits until released or {@code max} passes; returns whether it was released. */
    boolean awaitRelease(Duration max) throws InterruptedException {
        return released.await(max.toNanos(), TimeUnit.NANOSECONDS);
    }

    void release() {
        released.countDown();
    }

    private boolean expired(Instant now) {
        return fault.seconds() != null && !now.isBefore(setAt.plusSeconds(fault.seconds()));
    }
}
