package dev.orderrelay.destinations.amplitude;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client behind the Amplitude sender, set up so that one call is one request: no redirects (the body carries
 * the API key, which must reach only the configured endpoint), no automatic retries (the worker retries, with a claim
 * and a back-off), no cookies and no proxy from system properties.
 */
final class AmplitudeTransport implements AutoCloseable {

    static final String USER_AGENT = "order-relay-amplitude/1";

    /**
     * The most of an answer read. A 400 or 429 lists event indices and ids, up to a few per event of a 2000-event
     * request; a body longer than this is cut, and the answer is then read without its lists.
     */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final CloseableHttpClient client;

    AmplitudeTransport(AmplitudeDestinationSettings settings) {
        Timeout connect = Timeout.ofMilliseconds(settings.connectTimeout().toMillis());
        Timeout response = Timeout.ofMilliseconds(settings.responseTimeout().toMillis());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(settings.maxConnections())
                        .setMaxConnPerRoute(settings.maxConnections())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(response)
                                .setTimeToLive(TimeValue.ofMinutes(5))
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
     * Posts {@code body} as JSON to {@code uri} and reads the answer's status, {@code Retry-After} and body.
     *
     * @throws IOException when no answer came: DNS failure, refused or reset connection, timeout
     */
    AmplitudeResponse post(URI uri, byte[] requestBody) throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setHeader("Accept", "*/*");
        post.setEntity(new ByteArrayEntity(requestBody, ContentType.APPLICATION_JSON));
        ClassicHttpResponse response = client.executeOpen(null, post, null);
        try {
            Header retryAfter = response.getFirstHeader("Retry-After");
            Body body = read(response.getEntity());
            return new AmplitudeResponse(
                    response.getCode(),
                    Optional.ofNullable(retryAfter).map(Header::getValue),
                    body.text,
                    body.complete);
        } finally {
            // A body read to its end has given its connection back already; one cut short is dropped, not drained.
            if (response instanceof ModalCloseable closeable) {
                closeable.close(CloseMode.IMMEDIATE);
            } else {
                response.close();
            }
        }
    }

    /** The status decides first, so a body that fails to arrive costs only what it would have listed. */
    private static Body read(HttpEntity entity) {
        if (entity == null) {
            return new Body("", true);
        }
        try {
            InputStream in = entity.getContent();
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            int length = Math.min(bytes.length, MAX_BODY_BYTES);
            return new Body(new String(bytes, 0, length, StandardCharsets.UTF_8), bytes.length <= MAX_BODY_BYTES);
        } catch (IOException e) {
            return new Body("", false);
        }
    }

    private record Body(String text, boolean complete) {}

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
