package dev.orderrelay.destinations.ga4;

import java.time.Duration;
import java.util.Objects;

/**
 * How the GA4 sender talks to the Measurement Protocol. Validated when built, so a bad value fails at start-up with
 * the name of the setting rather than at the first delivery. The endpoints are fixed by the operator, never by shops.
 *
 * @param global the endpoints for shops without a {@code region} setting. Default {@link Ga4Endpoints#GLOBAL}.
 * @param eu the endpoints for shops whose GA4 target sets {@code region=eu}. Default {@link Ga4Endpoints#EU}.
 * @param connectTimeout how long to wait for a TCP (and TLS) connection before retrying later; from 1 ms to 1 minute.
 *     Default 2 s.
 * @param responseTimeout how long to wait for GA4 to answer, between any two reads, before retrying later; from 1 ms
 *     to 5 minutes. Keep it well below the delivery queue's visibility timeout. Default 10 s.
 * @param maxConnections open connections to GA4, shared by all shops; at least 1. Default 50.
 */
public record Ga4DestinationSettings(
        Ga4Endpoints global, Ga4Endpoints eu, Duration connectTimeout, Duration responseTimeout, int maxConnections) {

    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration MAX_RESPONSE_TIMEOUT = Duration.ofMinutes(5);

    public Ga4DestinationSettings {
        if (global == null || eu == null) {
            throw new IllegalArgumentException("ga4 settings 'global' and 'eu' endpoints must be set");
        }
        requireWithin(connectTimeout, MAX_CONNECT_TIMEOUT, "connectTimeout");
        requireWithin(responseTimeout, MAX_RESPONSE_TIMEOUT, "responseTimeout");
        if (maxConnections < 1) {
            throw new IllegalArgumentException(
                    "ga4 setting 'maxConnections' must be at least 1, was " + maxConnections);
        }
    }

    /** The production values: GA4's global and EU endpoints, 2 s to connect, 10 s to answer, 50 connections. */
    public static Ga4DestinationSettings defaults() {
        return new Ga4DestinationSettings(
                Ga4Endpoints.at(Ga4Endpoints.GLOBAL),
                Ga4Endpoints.at(Ga4Endpoints.EU),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                50);
    }

    /** The same settings sending every region's events to {@code endpoints} (tests, the local run). */
    public Ga4DestinationSettings withEndpoints(Ga4Endpoints endpoints) {
        return withEndpoints(endpoints, endpoints);
    }

    /** The same settings with these endpoints. */
    public Ga4DestinationSettings withEndpoints(Ga4Endpoints globalEndpoints, Ga4Endpoints euEndpoints) {
        return new Ga4DestinationSettings(
                globalEndpoints, euEndpoints, connectTimeout, responseTimeout, maxConnections);
    }

    /** The same settings with these timeouts. */
    public Ga4DestinationSettings withTimeouts(Duration connect, Duration response) {
        return new Ga4DestinationSettings(global, eu, connect, response, maxConnections);
    }

    /** The endpoints of {@code region}. */
    Ga4Endpoints endpoints(Ga4Region region) {
        return Objects.requireNonNull(region, "region") == Ga4Region.EU ? eu : global;
    }

    private static void requireWithin(Duration value, Duration max, String name) {
        if (value == null) {
            throw new IllegalArgumentException("ga4 setting '" + name + "' must be set");
        }
        if (value.compareTo(max) > 0 || value.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "ga4 setting '" + name + "' must be from 1 ms to " + max + ", was " + value);
        }
    }
}
