package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.http.HttpAnswer;
import dev.orderrelay.destinations.http.JsonPoster;
import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP client behind the Segment sender: the shared {@link JsonPoster} (no redirects, since Segment's endpoints do
 * not redirect and one that does is misconfigured; no retries; connect and response timeouts on every request).
 */
final class SegmentTransport implements AutoCloseable {

    static final String USER_AGENT = "order-relay-segment/1";

    private final JsonPoster poster;

    SegmentTransport(SegmentDestinationSettings settings) {
        this.poster = new JsonPoster(
                new JsonPoster.Options(
                        USER_AGENT,
                        "application/json",
                        settings.connectTimeout(),
                        settings.responseTimeout(),
                        // Two endpoints at most, so each may use the whole pool.
                        settings.maxConnections() * 2,
                        settings.maxConnections(),
                        // Lets DNS changes of Segment's endpoints take effect on pooled connections.
                        Duration.ofMinutes(1)),
                null);
    }

    /**
     * Posts {@code body} as JSON with {@code authorization} and reads the answer's status, rate-limit headers and the
     * start of its body.
     *
     * @throws IOException when no answer came: DNS failure, refused or reset connection, timeout
     */
    SegmentResponse post(URI uri, String authorization, byte[] body) throws IOException {
        HttpAnswer answer = poster.post(uri, Map.of("Authorization", authorization), body, ResponseExcerpt.MAX_BYTES);
        return new SegmentResponse(
                answer.status(), answer.header("Retry-After"), answer.header("X-RateLimit-Reset"), answer.excerpt());
    }

    @Override
    public void close() {
        poster.close();
    }
}
