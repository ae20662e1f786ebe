package dev.orderrelay.worker.isolation;

import dev.orderrelay.destinations.DestinationKind;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The guards of every scope: one per destination kind's endpoint, made at start-up, and one per shop destination,
 * made on its first delivery. Guards live in this worker's memory only: each worker judges the endpoints and targets
 * it sees, which is all a breaker needs.
 */
public final class DestinationGuards {

    private final IsolationProperties properties;
    private final CircuitBreakerRegistry endpointBreakers;
    private final CircuitBreakerRegistry targetBreakers;
    private final BulkheadRegistry bulkheads;
    private final RateLimiterRegistry limiters;
    private final Map<DestinationKind, Guard> endpoints = new EnumMap<>(DestinationKind.class);
    private final ConcurrentMap<String, Guard> targets = new ConcurrentHashMap<>();

    public DestinationGuards(IsolationProperties properties) {
        this.properties = properties;
        IsolationProperties.Endpoint endpoint = properties.endpoint();
        IsolationProperties.Target target = properties.target();
        this.endpointBreakers = CircuitBreakerRegistry.of(breakerConfig(
                        endpoint.failureRate(),
                        endpoint.minimumCalls(),
                        endpoint.window(),
                        endpoint.openFor(),
                        endpoint.halfOpenCalls())
                // The polling gate waits for this transition to resume polling by itself.
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build());
        this.targetBreakers = CircuitBreakerRegistry.of(breakerConfig(
                        target.failureRate(),
                        target.minimumCalls(),
                        target.window(),
                        target.openFor(),
                        target.halfOpenCalls())
                .build());
        this.bulkheads = BulkheadRegistry.ofDefaults();
        this.limiters = RateLimiterRegistry.of(perSecond(target.eventsPerSecond()));
        for (DestinationKind kind : DestinationKind.values()) {
            String name = "endpoint/" + kind.wireName();
            endpoints.put(
                    kind,
                    new Guard(
                            kind.wireName() + " endpoint",
                            endpointBreakers.circuitBreaker(name),
                            bulkheads.bulkhead(name, bulkhead(endpoint.maxConcurrentSends())),
                            endpoint.eventsPerSecond() == 0
                                    ? null
                                    : limiters.rateLimiter(name, perSecond(endpoint.eventsPerSecond())),
                            endpoint.openFor(),
                            properties.busyRetry()));
        }
    }

    /** The guard of {@code kind}'s shared endpoint. */
    public Guard endpoint(DestinationKind kind) {
        return endpoints.get(kind);
    }

    /** The guard of one shop's destination. */
    public Guard target(DestinationKind kind, String shop, String destination) {
        String name = "target/" + kind.wireName() + "/" + shop + "/" + destination;
        return targets.computeIfAbsent(name, key -> {
            IsolationProperties.Target target = properties.target();
            return new Guard(
                    kind.wireName() + " destination '" + destination + "' of shop " + shop,
                    targetBreakers.circuitBreaker(key),
                    bulkheads.bulkhead(key, bulkhead(target.maxConcurrentSends())),
                    limiters.rateLimiter(key),
                    target.openFor(),
                    properties.busyRetry());
        });
    }

    /**
     * How long to hide a message its shop's open breaker deferred: the breaker's open time, doubled with each earlier
     * receive of the message, up to the cap. A message deferred through an outage of hours is received a few times
     * an hour, far from the dead-letter queue's receive limit.
     */
    public Duration deferral(int receiveCount) {
        IsolationProperties.Target target = properties.target();
        int doublings = Math.min(Math.max(receiveCount - 1, 0), 20);
        Duration delay = target.openFor().multipliedBy(1L << doublings);
        return delay.compareTo(target.deferMax()) > 0 ? target.deferMax() : delay;
    }

    /** The breakers of every endpoint, for metrics. */
    public CircuitBreakerRegistry endpointBreakers() {
        return endpointBreakers;
    }

    /** The breakers of every shop destination seen so far, for metrics. */
    public CircuitBreakerRegistry targetBreakers() {
        return targetBreakers;
    }

    private static CircuitBreakerConfig.Builder breakerConfig(
            int failureRate, int minimumCalls, int window, Duration openFor, int halfOpenCalls) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(Math.min(minimumCalls, window))
                .failureRateThreshold(failureRate)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(halfOpenCalls);
    }

    private static RateLimiterConfig perSecond(int events) {
        return RateLimiterConfig.custom()
                .limitForPeriod(events)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofMillis(500))
                .build();
    }

    private static BulkheadConfig bulkhead(int maxConcurrent) {
        return BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrent)
                .maxWaitDuration(Duration.ZERO)
                .build();
    }
}
