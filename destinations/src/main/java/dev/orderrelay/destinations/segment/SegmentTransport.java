package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client behind the Segment sender, set up so that one call is one request: no redirects (Segment's endpoints
 * do not redirect; one that does is misconfigured), no automatic retries (the worker retries, with a claim and a
 * back-off), no cookies, and connect and response timeouts on every request.
 */
final class SegmentTransport implements AutoCloseable {

    static final String USER_AGENT = "order-relay-segment/1";
    private static final ContentType JSON = ContentType.create("application/json");

    private final CloseableHttpClient client;

    SegmentTransport(SegmentDestinationSettings settings) {
        Timeout connect = Timeout.ofMilliseconds(settings.connectTimeout().toMillis());
        Timeout response = Timeout.ofMilliseconds(settings.responseTimeout().toMillis());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // Two endpoints at most, so each may use the whole pool.
                        .setMaxConnTotal(settings.maxConnections() * 2)
                        .setMaxConnPerRoute(settings.maxConnections())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(response)
                                // Lets DNS changes of Segment's endpoints take effect on pooled connections.
                                .setTimeToLive(TimeValue.ofMinutes(1))
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(response)
                        .setConnectionRequestTimeout(response)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }

    /**
     * Posts {@code body} as JSON with {@code authorization} and reads the answer's status, rate-limit headers and the
     * start of its body.
     *
     * @throws IOException when no answer came: DNS failure, refused or reset connection, timeout
     */
    SegmentResponse post(URI uri, String authorization, byte[] body) throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        post.setEntity(new ByteArrayEntity(body, JSON));
        ClassicHttpResponse response = client.executeOpen(null, post, null);
        try {
            return new SegmentResponse(
                    response.getCode(),
                    header(response, "Retry-After"),
                    header(response, "X-RateLimit-Reset"),
                    excerpt(response.getEntity()));
        } finally {
            close(response);
        }
    }

    private static Optional<String> header(ClassicHttpResponse response, String name) {
        return Optional.ofNullable(response.getFirstHeader(name)).map(Header::getValue);
    }

    /** The status decides the outcome, so a body that fails to arrive only costs the excerpt. */
    private static String excerpt(HttpEntity entity) {
        if (entity == null) {
            return "";
        }
        try {
            return ResponseExcerpt.read(entity.getContent());
        } catch (IOException e) {
            return "(body unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** A body not read to its end is cut off rather than drained, so a huge or endless answer costs nothing more. */
    private static void close(ClassicHttpResponse response) throws IOException {
        if (response instanceof ModalCloseable closeable) {
            closeable.close(CloseMode.IMMEDIATE);
        } else {
            response.close();
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
