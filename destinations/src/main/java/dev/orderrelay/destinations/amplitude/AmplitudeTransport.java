package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.http.HttpAnswer;
import dev.orderrelay.destinations.http.JsonPoster;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP client behind the Amplitude sender: the shared {@link JsonPoster} (no redirects, since the body carries the
 * API key, which must reach only the configured endpoint; no retries; no cookies; no proxy from system properties).
 */
final class AmplitudeTransport implements AutoCloseable {

    static final String USER_AGENT = "order-relay-amplitude/1";

    /**
     * The most of an answer read. A 400 or 429 lists event indices and ids, up to a few per event of a 2000-event
     * request; a body longer than this is cut, and the answer is then read without its lists.
     */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final JsonPoster poster;

    AmplitudeTransport(AmplitudeDestinationSettings settings) {
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
     * Posts {@code body} as JSON to {@code uri} and reads the answer's status, {@code Retry-After} and body.
     *
     * @throws IOException when no answer came: DNS failure, refused or reset connection, timeout
     */
    AmplitudeResponse post(URI uri, byte[] requestBody) throws IOException {
        HttpAnswer answer = poster.post(uri, Map.of("Accept", "*/*"), requestBody, MAX_BODY_BYTES);
        return new AmplitudeResponse(answer.status(), answer.header("Retry-After"), answer.body(), answer.complete());
    }

    @Override
    public void close() {
        poster.close();
    }
}
