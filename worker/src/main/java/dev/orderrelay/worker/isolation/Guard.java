package dev.orderrelay.worker.isolation;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One scope's circuit breaker, bulkhead and optional rate limiter. {@link #tryEnter} either takes a place in all of
 * them or none; every successful entry must be followed by exactly one {@link #leave}.
 */
public final class Guard {

    private final String scope;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final RateLimiter limiter;
    private final Duration openFor;
    private final Duration busyRetry;

    Guard(
            String scope,
            CircuitBreaker breaker,
            Bulkhead bulkhead,
            RateLimiter limiter,
            Duration openFor,
            Duration busyRetry) {
        this.scope = scope;
        this.breaker = breaker;
        this.bulkhead = bulkhead;
        this.limiter = limiter;
        this.openFor = openFor;
        this.busyRetry = busyRetry;
    }

    /** Takes a place for a send of {@code events} events, or says why not and how long to wait. */
    public Optional<Refusal> tryEnter(int events) {
        if (!breaker.tryAcquirePermission()) {
            return Optional.of(Refusal.open(openFor, scope + ": circuit open after repeated failures"));
        }
        if (!bulkhead.tryAcquirePermission()) {
            breaker.releasePermission();
            return Optional.of(Refusal.busy(
                    busyRetry,
                    scope + ": " + bulkhead.getBulkheadConfig().getMaxConcurrentCalls() + " sends already in flight"));
        }
        if (limiter != null && !limiter.acquirePermission(Math.max(events, 1))) {
            bulkhead.onComplete();
            breaker.releasePermission();
            return Optional.of(Refusal.busy(
                    busyRetry,
                    scope + ": over its rate limit of "
                            + limiter.getRateLimiterConfig().getLimitForPeriod() + " events per second"));
        }
        return Optional.empty();
    }

    /** Gives the place back, telling the breaker what the send came to. */
    public void leave(CallResult result, Duration took) {
        try {
            switch (result) {
                case SUCCEEDED -> breaker.onSuccess(took.toNanos(), TimeUnit.NANOSECONDS);
                case FAILED -> breaker.onError(took.toNanos(), TimeUnit.NANOSECONDS, new ScopeFailure(scope));
                case NOT_SENT -> breaker.releasePermission();
            }
        } finally {
            bulkhead.onComplete();
        }
    }

    /** Whether sends are let through at all (closed or half open). */
    public boolean admitsSends() {
        CircuitBreaker.State state = breaker.getState();
        return state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN;
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    /** What the breaker records as the error of a failed send: the scope's name, no payload or secret. */
    static final class ScopeFailure extends RuntimeException {
        ScopeFailure(String scope) {
            super(scope + " failed", null, false, false);
        }
    }
}
