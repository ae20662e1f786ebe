package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.http.HttpAnswer;
import dev.orderrelay.destinations.http.JsonPoster;
import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client behind the webhook sender: the shared {@link JsonPoster} (no redirects, since one could lead to an
 * internal address the policy never saw; no retries; no proxy from system properties, since a proxy would resolve
 * names beyond our check), with every host resolved through the {@link TargetAddressResolver}.
 */
final class WebhookTransport implements AutoCloseable {

    static final String USER_AGENT = "order-relay-webhooks/1 (+https://www.standardwebhooks.com)";

    private final JsonPoster poster;

    WebhookTransport(WebhookDestinationSettings settings, DnsResolver resolver) {
        this.poster = new JsonPoster(
                new JsonPoster.Options(
                        USER_AGENT,
                        "application/json",
                        settings.connectTimeout(),
                        settings.responseTimeout(),
                        settings.maxConnections(),
                        settings.maxConnectionsPerHost(),
                        Duration.ofMinutes(1)),
                resolver);
    }

    /**
     * Posts {@code body} as JSON with {@code headers} and reads the answer's status, {@code Retry-After} and the start
     * of its body.
     *
     * @throws IOException when no answer came: refused address, DNS failure, refused or reset connection, timeout
     */
    WebhookResponse post(URI uri, Map<String, String> headers, byte[] body) throws IOException {
        HttpAnswer answer = poster.post(uri, headers, body, ResponseExcerpt.MAX_BYTES);
        return new WebhookResponse(answer.status(), answer.header("Retry-After"), answer.excerpt());
    }

    @Override
    public void close() {
        poster.close();
    }
}
