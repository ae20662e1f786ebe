package dev.orderrelay.destinations.ga4;

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
 * The HTTP client behind the GA4 sender, set up so that one call is one request: no redirects (the endpoint is fixed
 * by config; a redirect means a wrong one), no automatic retries (the worker retries, with a claim and a back-off), no
 * cookies. Its URIs carry the API secret in their query, so they never leave this class and the
 * {@link Ga4Destination} in anything but the request itself.
 */
final class Ga4Transport implements AutoCloseable {

    static final String USER_AGENT = "order-relay-ga4/1";

    /** Enough for the validation server's messages about 25 events; a longer answer is cut, never buffered whole. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final ContentType JSON = ContentType.create("application/json", StandardCharsets.UTF_8);

    private final CloseableHttpClient client;

    Ga4Transport(Ga4DestinationSettings settings) {
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
     * Posts {@code body} as JSON and reads the answer's status, {@code Retry-After} and the start of its body.
     *
     * @throws IOException when no answer came: DNS failure, refused or reset connection, timeout
     */
    Ga4Response post(URI uri, byte[] body) throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new ByteArrayEntity(body, JSON));
        ClassicHttpResponse response = client.executeOpen(null, post, null);
        try {
            Header retryAfter = response.getFirstHeader("Retry-After");
            byte[] read = read(response.getEntity());
            boolean truncated = read.length > MAX_BODY_BYTES;
            return new Ga4Response(
                    response.getCode(),
                    Optional.ofNullable(retryAfter).map(Header::getValue),
                    new String(read, 0, Math.min(read.length, MAX_BODY_BYTES), StandardCharsets.UTF_8),
                    truncated);
        } finally {
            close(response);
        }
    }

    /** The status decides most outcomes, so a body that fails to arrive only costs its text. */
    private static byte[] read(HttpEntity entity) {
        if (entity == null) {
            return new byte[0];
        }
        try {
            // Not closed here: closing would drain the rest; close(response) cuts it off instead.
            InputStream in = entity.getContent();
            return in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** A body not read to its end is cut off rather than drained, so a huge answer costs nothing more. */
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
