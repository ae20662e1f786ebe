package dev.orderrelay.destinations.amplitude;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * How the Amplitude sender talks to Amplitude's HTTP V2 API. Validated when built, so a bad value fails at start-up
 * with the name of the setting rather than at the first delivery. The endpoints are Amplitude's by default; tests and
 * the local run point them at a simulator. Shops choose between them with their target's {@code region} setting,
 * never with a URL of their own, so the API key only ever travels to a configured endpoint.
 *
 * @param usEndpoint base URL of the standard (US) ingestion API; {@code /2/httpapi} is appended. Default
 *     {@code https://api2.amplitude.com}.
 * @param euEndpoint base URL of the EU residency ingestion API. Default {@code https://api.eu.amplitude.com}.
 * @param connectTimeout how long to wait for a TCP (and TLS) connection before retrying later; 1 ms to 1 minute.
 *     Default 2 s.
 * @param responseTimeout how long to wait for Amplitude to answer, between any two reads, before retrying later; 1 ms
 *     to 5 minutes. Keep it well below the delivery queue's visibility timeout. Default 10 s.
 * @param maxEventsPerRequest most events in one request; 1 to 2000 (Amplitude's limit). Default 2000.
 * @param maxRequestBytes largest request body, in bytes, the API key and options included; 512 to 1,000,000
 *     (Amplitude asks for less than 1 MB). An event that alone makes a larger body is rejected. Default 1,000,000.
 * @param maxConnections open connections to Amplitude across both regions; at least 1. Default 50.
 */
public record AmplitudeDestinationSettings(
        URI usEndpoint,
        URI euEndpoint,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxEventsPerRequest,
        int maxRequestBytes,
        int maxConnections) {

    /** Amplitude's own cap on events per HTTP V2 request. */
    static final int AMPLITUDE_MAX_EVENTS = 2000;
    /** Amplitude asks for requests under 1 MB; we read that as decimal, the stricter reading. */
    static final int AMPLITUDE_MAX_BYTES = 1_000_000;

    static final String PATH = "/2/httpapi";
    private static final int MIN_REQUEST_BYTES = 512;
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration MAX_RESPONSE_TIMEOUT = Duration.ofMinutes(5);

    public AmplitudeDestinationSettings {
        usEndpoint = requireBase(usEndpoint, "usEndpoint");
        euEndpoint = requireBase(euEndpoint, "euEndpoint");
        requireWithin(connectTimeout, MAX_CONNECT_TIMEOUT, "connectTimeout");
        requireWithin(responseTimeout, MAX_RESPONSE_TIMEOUT, "responseTimeout");
        if (maxEventsPerRequest < 1 || maxEventsPerRequest > AMPLITUDE_MAX_EVENTS) {
            throw new IllegalArgumentException("amplitude setting 'maxEventsPerRequest' must be from 1 to "
                    + AMPLITUDE_MAX_EVENTS + ", was " + maxEventsPerRequest);
        }
        if (maxRequestBytes < MIN_REQUEST_BYTES || maxRequestBytes > AMPLITUDE_MAX_BYTES) {
            throw new IllegalArgumentException("amplitude setting 'maxRequestBytes' must be from " + MIN_REQUEST_BYTES
                    + " to " + AMPLITUDE_MAX_BYTES + ", was " + maxRequestBytes);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException(
                    "amplitude setting 'maxConnections' must be at least 1, was " + maxConnections);
        }
    }

    /** The production defaults: Amplitude's endpoints, 2 s to connect, 10 s to answer, Amplitude's own limits. */
    public static AmplitudeDestinationSettings defaults() {
        return new AmplitudeDestinationSettings(
                URI.create("https://api2.amplitude.com"),
                URI.create("https://api.eu.amplitude.com"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                AMPLITUDE_MAX_EVENTS,
                AMPLITUDE_MAX_BYTES,
                50);
    }

    /** The same settings sending to these base URLs. */
    public AmplitudeDestinationSettings withEndpoints(URI us, URI eu) {
        return new AmplitudeDestinationSettings(
                us, eu, connectTimeout, responseTimeout, maxEventsPerRequest, maxRequestBytes, maxConnections);
    }

    /** The same settings with these timeouts. */
    public AmplitudeDestinationSettings withTimeouts(Duration connect, Duration response) {
        return new AmplitudeDestinationSettings(
                usEndpoint, euEndpoint, connect, response, maxEventsPerRequest, maxRequestBytes, maxConnections);
    }

    /** The same settings with these request limits, e.g. small ones so tests see batches split. */
    public AmplitudeDestinationSettings withLimits(int maxEvents, int maxBytes) {
        return new AmplitudeDestinationSettings(
                usEndpoint, euEndpoint, connectTimeout, responseTimeout, maxEvents, maxBytes, maxConnections);
    }

    /** Where a region's events are posted. */
    URI endpoint(AmplitudeRegion region) {
        URI base = region == AmplitudeRegion.EU ? euEndpoint : usEndpoint;
        return URI.create(base + PATH);
    }

    private static URI requireBase(URI value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("amplitude setting '" + name + "' must be set");
        }
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || value.getHost() == null
                || value.getRawQuery() != null
                || value.getRawFragment() != null
                || value.getRawUserInfo() != null) {
            throw new IllegalArgumentException("amplitude setting '" + name
                    + "' must be an http(s) base URL without user info, query or fragment, was " + value);
        }
        String text = value.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : value;
    }

    private static void requireWithin(Duration value, Duration max, String name) {
        if (value == null) {
            throw new IllegalArgumentException("amplitude setting '" + name + "' must be set");
        }
        if (value.compareTo(max) > 0 || value.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "amplitude setting '" + name + "' must be from 1 ms to " + max + ", was " + value);
        }
    }
}
