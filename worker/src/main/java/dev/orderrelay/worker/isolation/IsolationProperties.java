package dev.orderrelay.worker.isolation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How deliveries are isolated from each other.
 *
 * @param endpoint the breaker and bulkhead of each destination kind's shared endpoint
 * @param target the breaker, bulkhead and rate limit of each shop's own destination
 * @param busyRetry how soon a message refused by a full bulkhead or an exhausted rate limit is tried again
 */
@Validated
@ConfigurationProperties("relay.worker.isolation")
public record IsolationProperties(
        @DefaultValue @Valid Endpoint endpoint,
        @DefaultValue @Valid Target target,
        @DefaultValue("2s") Duration busyRetry) {

    public IsolationProperties {
        requirePositive(busyRetry, "relay.worker.isolation.busy-retry");
    }

    /**
     * The shared endpoint of a destination kind (the GA4, Segment or Amplitude API). While its breaker is open the
     * kind's queue is not polled at all.
     *
     * @param failureRate percentage of failed sends, over the last {@code window} sends, that opens the breaker
     * @param minimumCalls sends needed before the failure rate counts
     * @param window how many recent sends the failure rate is taken over
     * @param openFor how long the breaker stays open before letting trial sends through
     * @param halfOpenCalls trial sends let through after {@code openFor}
     * @param maxConcurrentSends sends in flight to the endpoint at once, across all shops, per worker
     * @param eventsPerSecond events sent to the endpoint per second, across all shops, per worker; 0 for no limit
     *     (the default: the shared APIs limit per project or workspace, which is a shop's target)
     */
    public record Endpoint(
            @DefaultValue("50") @Min(1) @Max(100) int failureRate,
            @DefaultValue("10") @Min(1) int minimumCalls,
            @DefaultValue("20") @Min(1) int window,
            @DefaultValue("30s") Duration openFor,
            @DefaultValue("3") @Min(1) int halfOpenCalls,
            @DefaultValue("32") @Min(1) int maxConcurrentSends,
            @DefaultValue("0") @Min(0) int eventsPerSecond) {

        public Endpoint {
            requirePositive(openFor, "relay.worker.isolation.endpoint.open-for");
        }
    }

    /**
     * One shop's destination: its credentials, or its own endpoint. While its breaker is open only its messages are
     * deferred, each by a delay that grows with how often the message was received, so an outage of hours costs a
     * message few receives and does not flood the dead-letter queue.
     *
     * @param failureRate percentage of failed sends, over the last {@code window} sends, that opens the breaker
     * @param minimumCalls sends needed before the failure rate counts
     * @param window how many recent sends the failure rate is taken over
     * @param openFor how long the breaker stays open before letting a trial send through; the first deferral
     * @param halfOpenCalls trial sends let through after {@code openFor}
     * @param maxConcurrentSends sends in flight to one shop's destination at once, per worker
     * @param eventsPerSecond events sent to one shop's destination per second, per worker
     * @param deferMax the longest a deferred message is hidden; at most 12h (SQS's visibility limit)
     */
    public record Target(
            @DefaultValue("50") @Min(1) @Max(100) int failureRate,
            @DefaultValue("3") @Min(1) int minimumCalls,
            @DefaultValue("10") @Min(1) int window,
            @DefaultValue("60s") Duration openFor,
            @DefaultValue("1") @Min(1) int halfOpenCalls,
            @DefaultValue("4") @Min(1) int maxConcurrentSends,
            @DefaultValue("100") @Min(1) int eventsPerSecond,
            @DefaultValue("15m") Duration deferMax) {

        public Target {
            requirePositive(openFor, "relay.worker.isolation.target.open-for");
            requirePositive(deferMax, "relay.worker.isolation.target.defer-max");
            if (deferMax.compareTo(Duration.ofHours(12)) > 0 || deferMax.compareTo(openFor) < 0) {
                throw new IllegalArgumentException("relay.worker.isolation.target.defer-max must be from open-for ("
                        + openFor + ") to 12h (SQS's visibility limit), was " + deferMax);
            }
        }
    }

    /** The defaults, for code that builds the worker's parts without Spring. */
    public static IsolationProperties defaults() {
        return new IsolationProperties(
                new Endpoint(50, 10, 20, Duration.ofSeconds(30), 3, 32, 0),
                new Target(50, 3, 10, Duration.ofSeconds(60), 1, 4, 100, Duration.ofMinutes(15)),
                Duration.ofSeconds(2));
    }

    private static void requirePositive(Duration value, String property) {
        if (value == null || !value.isPositive()) {
            throw new IllegalArgumentException(property + " must be a positive duration, was " + value);
        }
    }
}
