package dev.orderrelay.destinations.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the signed-webhook sender talks to merchants' endpoints. Validated when built, so a bad value fails at start-up
 * with the name of the setting rather than at the first delivery.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection before retrying later; at least 1 ms, at most
 *     1 minute. Default 2 s.
 * @param responseTimeout how long to wait for the endpoint to answer, between any two reads, before retrying later; at
 *     least 1 ms, at most 5 minutes. Keep it well below the delivery queue's visibility timeout. Default 10 s.
 * @param allowedTargets exceptions to the refusal of loopback, private and other internal addresses: host names
 *     (matched exactly) and IP addresses or CIDR blocks. Empty in production; local mode and tests allow
 *     {@code 127.0.0.1}. Default empty.
 * @param maxConnections open connections across all endpoints; at least 1. Default 200.
 * @param maxConnectionsPerHost open connections to one endpoint (scheme, host and port); from 1 to
 *     {@code maxConnections}. Default 20.
 */
public record WebhookDestinationSettings(
        Duration connectTimeout,
        Duration responseTimeout,
        Set<String> allowedTargets,
        int maxConnections,
        int maxConnectionsPerHost) {

    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration MAX_RESPONSE_TIMEOUT = Duration.ofMinutes(5);

    public WebhookDestinationSettings {
        requireWithin(connectTimeout, MAX_CONNECT_TIMEOUT, "connectTimeout");
        requireWithin(responseTimeout, MAX_RESPONSE_TIMEOUT, "responseTimeout");
        if (allowedTargets == null || allowedTargets.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(
                    "webhook setting 'allowedTargets' must be a set (empty for none) " + "without null entries");
        }
        allowedTargets = Set.copyOf(allowedTargets);
        try {
            TargetAddressPolicy.allowing(allowedTargets);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook setting 'allowedTargets': " + e.getMessage(), e);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException(
                    "webhook setting 'maxConnections' must be at least 1, was " + maxConnections);
        }
        if (maxConnectionsPerHost < 1 || maxConnectionsPerHost > maxConnections) {
            throw new IllegalArgumentException("webhook setting 'maxConnectionsPerHost' must be from 1 to "
                    + "maxConnections (" + maxConnections + "), was " + maxConnectionsPerHost);
        }
    }

    /** The production defaults: 2 s to connect, 10 s to answer, no internal address allowed. */
    public static WebhookDestinationSettings defaults() {
        return new WebhookDestinationSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), Set.of(), 200, 20);
    }

    /** The same settings with these exceptions to the internal-address refusal. */
    public WebhookDestinationSettings withAllowedTargets(Set<String> targets) {
        return new WebhookDestinationSettings(
                connectTimeout, responseTimeout, targets, maxConnections, maxConnectionsPerHost);
    }

    /** The same settings with these timeouts. */
    public WebhookDestinationSettings withTimeouts(Duration connect, Duration response) {
        return new WebhookDestinationSettings(connect, response, allowedTargets, maxConnections, maxConnectionsPerHost);
    }

    /** The address policy the allow-list describes. */
    TargetAddressPolicy addressPolicy() {
        return TargetAddressPolicy.allowing(allowedTargets);
    }

    private static void requireWithin(Duration value, Duration max, String name) {
        if (value == null) {
            throw new IllegalArgumentException("webhook setting '" + name + "' must be set");
        }
        if (value.compareTo(max) > 0 || value.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "webhook setting '" + name + "' must be from 1 ms to " + max + ", was " + value);
        }
    }
}
