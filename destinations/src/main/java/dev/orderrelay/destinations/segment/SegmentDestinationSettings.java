package dev.orderrelay.destinations.segment;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * How the Segment sender talks to Segment's HTTP Tracking API. Validated when built, so a bad value fails at start-up
 * with the name of the setting rather than at the first delivery. The endpoints are the operator's, never a shop's:
 * a shop only picks its region.
 *
 * @param usEndpoint the Tracking API of Segment's US region (Oregon), without {@code /v1}: an absolute http(s) URI
 *     without query, fragment or user info; a path is kept as a prefix. Default {@code https://api.segment.io}.
 * @param euEndpoint the Tracking API of Segment's EU region (Dublin), same form. Default
 *     {@code https://events.eu1.segmentapis.com}. An EU workspace's events sent to the US endpoint are answered 200 and
 *     lost, so this must be the EU host in production.
 * @param connectTimeout how long to wait for a TCP (and TLS) connection before retrying later; from 1 ms to 1 minute.
 *     Default 2 s.
 * @param responseTimeout how long to wait for Segment to answer, between any two reads, before retrying later; from
 *     1 ms to 5 minutes. Keep it well below the delivery queue's visibility timeout. Default 10 s.
 * @param maxBatchEvents the most events in one {@code /v1/batch} request; from 1 to {@value #SEGMENT_MAX_BATCH_EVENTS}
 *     (Segment answers 200 to a larger batch and drops it). Default {@value #SEGMENT_MAX_BATCH_EVENTS}.
 * @param maxBatchBytes the largest {@code /v1/batch} request body, in bytes; from {@value #MIN_BATCH_BYTES} (one event
 *     of the largest size) to {@value #SEGMENT_MAX_BATCH_BYTES} (Segment's 500 KB). Default
 *     {@value #SEGMENT_MAX_BATCH_BYTES}.
 * @param maxConnections open connections to each endpoint; at least 1. Default 50.
 */
public record SegmentDestinationSettings(
        URI usEndpoint,
        URI euEndpoint,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxBatchEvents,
        int maxBatchBytes,
        int maxConnections) {

    /** Segment's limit for one event's JSON, 32 KB, counted as Segment's own libraries count it (32 × 1024). */
    public static final int MAX_EVENT_BYTES = 32 * 1024;
    /** Segment's limit of events in one batch request. */
    public static final int SEGMENT_MAX_BATCH_EVENTS = 2500;
    /** Segment's limit for a batch request body, 500 KB, read as the smaller 500,000 bytes. */
    public static final int SEGMENT_MAX_BATCH_BYTES = 500_000;
    /** The smallest batch body limit: one event of {@link #MAX_EVENT_BYTES} in its {@code {"batch":[...]}}. */
    public static final int MIN_BATCH_BYTES = MAX_EVENT_BYTES + 12;

    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration MAX_RESPONSE_TIMEOUT = Duration.ofMinutes(5);

    public SegmentDestinationSettings {
        usEndpoint = requireEndpoint(usEndpoint, "usEndpoint");
        euEndpoint = requireEndpoint(euEndpoint, "euEndpoint");
        requireWithin(connectTimeout, MAX_CONNECT_TIMEOUT, "connectTimeout");
        requireWithin(responseTimeout, MAX_RESPONSE_TIMEOUT, "responseTimeout");
        if (maxBatchEvents < 1 || maxBatchEvents > SEGMENT_MAX_BATCH_EVENTS) {
            throw new IllegalArgumentException("segment setting 'maxBatchEvents' must be from 1 to "
                    + SEGMENT_MAX_BATCH_EVENTS + ", was " + maxBatchEvents);
        }
        if (maxBatchBytes < MIN_BATCH_BYTES || maxBatchBytes > SEGMENT_MAX_BATCH_BYTES) {
            throw new IllegalArgumentException("segment setting 'maxBatchBytes' must be from " + MIN_BATCH_BYTES
                    + " to " + SEGMENT_MAX_BATCH_BYTES + ", was " + maxBatchBytes);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException(
                    "segment setting 'maxConnections' must be at least 1, was " + maxConnections);
        }
    }

    /** The production values: Segment's US and EU endpoints, 2 s to connect, 10 s to answer, Segment's batch limits. */
    public static SegmentDestinationSettings defaults() {
        return new SegmentDestinationSettings(
                URI.create("https://api.segment.io"),
                URI.create("https://events.eu1.segmentapis.com"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                SEGMENT_MAX_BATCH_EVENTS,
                SEGMENT_MAX_BATCH_BYTES,
                50);
    }

    /** The same settings with these endpoints, e.g. a local peer's. */
    public SegmentDestinationSettings withEndpoints(URI us, URI eu) {
        return new SegmentDestinationSettings(
                us, eu, connectTimeout, responseTimeout, maxBatchEvents, maxBatchBytes, maxConnections);
    }

    /** The same settings with these timeouts. */
    public SegmentDestinationSettings withTimeouts(Duration connect, Duration response) {
        return new SegmentDestinationSettings(
                usEndpoint, euEndpoint, connect, response, maxBatchEvents, maxBatchBytes, maxConnections);
    }

    /** The same settings with these batch limits. */
    public SegmentDestinationSettings withBatchLimits(int events, int bytes) {
        return new SegmentDestinationSettings(
                usEndpoint, euEndpoint, connectTimeout, responseTimeout, events, bytes, maxConnections);
    }

    /** Where a batch for {@code region} goes: its endpoint and {@code /v1/batch}. */
    URI batchUri(SegmentRegion region) {
        URI endpoint = switch (region) {
            case US -> usEndpoint;
            case EU -> euEndpoint;
        };
        return URI.create(endpoint + "/v1/batch");
    }

    private static URI requireEndpoint(URI endpoint, String name) {
        if (endpoint == null) {
            throw new IllegalArgumentException("segment setting '" + name + "' must be set");
        }
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || endpoint.getHost() == null
                || endpoint.getRawQuery() != null
                || endpoint.getRawFragment() != null
                || endpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("segment setting '" + name + "' must be an absolute http(s) URI"
                    + " without query, fragment or user info, was " + endpoint);
        }
        String text = endpoint.toString();
        return text.endsWith("/") ? URI.create(text.replaceAll("/+$", "")) : endpoint;
    }

    private static void requireWithin(Duration value, Duration max, String name) {
        if (value == null) {
            throw new IllegalArgumentException("segment setting '" + name + "' must be set");
        }
        if (value.compareTo(max) > 0 || value.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "segment setting '" + name + "' must be from 1 ms to " + max + ", was " + value);
        }
    }
}
