package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.http.HttpAnswer;
import dev.orderrelay.destinations.http.JsonPoster;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP client behind the GA4 sender: the shared {@link JsonPoster} (no redirects, since the endpoint is fixed by
 * config and a redirect means a wrong one; no retries; no cookies). Its URIs carry the API secret in their query, so
 * they never leave this class and the {@link Ga4Destination} in anything but the request itself.
 */
final class Ga4Transport implements AutoCloseable {

    static final String USER_AGENT = "order-relay-ga4/1";

    /** Enough for the validation server's messages about 25 events; a longer answer is cut, never buffered whole. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final JsonPoster poster;

    Ga4Transport(Ga4DestinationSettings settings) {
        this.poster = new JsonPoster(
                new JsonPoster.Options(
                        USER_AGENT,
                        "application/json; charset=UTF-8",
                        settings.connectTimeout(),
                        settings.responseTimeout(),
                        settings.maxConnections(),
                        settings.maxConnections(),
                        Duration.ofMinutes(5)),
                null);
    }

    /**
     * Posts {@code body} as JSON and reads the answer's status, {@code Retry-After} and the start of its body.
     *
     * @throws IOException when no answer came: DNS failure, refused or reset connection, timeout
     */
    Ga4Response post(URI uri, byte[] body) throws IOException {
        HttpAnswer answer = poster.post(uri, Map.of(), body, MAX_BODY_BYTES);
        return new Ga4Response(answer.status(), answer.header("Retry-After"), answer.body(), answer.cut());
    }

    @Override
    public void close() {
        poster.close();
    }
}
