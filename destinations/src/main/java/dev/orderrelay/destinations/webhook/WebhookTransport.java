package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
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
 * The HTTP client behind the webhook sender, set up so that one call is one request: no redirects (a redirect could
 * lead to an internal address the policy never saw), no automatic retries (the worker retries, with a claim and a
 * back-off), no cookies, no proxy from system properties (a proxy would resolve names beyond our check), and every
 * host resolved through the {@link TargetAddressResolver}.
 */
final class WebhookTransport implements AutoCloseable {

    static final String USER_AGENT = "order-relay-webhooks/1 (+https://www.standardwebhooks.com)";
    private static final ContentType JSON = ContentType.create("application/json");

    private final CloseableHttpClient client;

    WebhookTransport(WebhookDestinationSettings settings, DnsResolver resolver) {
        Timeout connect = Timeout.ofMilliseconds(settings.connectTimeout().toMillis());
        Timeout response = Timeout.ofMilliseconds(settings.responseTimeout().toMillis());
        HttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnectionsPerHost())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(response)
                        // Bounds how long a pooled connection keeps using an address resolved long ago.
                        .setTimeToLive(TimeValue.ofMinutes(1))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
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
     * Posts {@code body} as JSON with {@code headers} and reads the answer's status, {@code Retry-After} and the start
     * of its body.
     *
     * @throws IOException when no answer came: refused address, DNS failure, refused or reset connection, timeout
     */
    WebhookResponse post(URI uri, Map<String, String> headers, byte[] body) throws IOException {
        HttpPost post = new HttpPost(uri);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, JSON));
        ClassicHttpResponse response = client.executeOpen(null, post, null);
        try {
            Header retryAfter = response.getFirstHeader("Retry-After");
            return new WebhookResponse(
                    response.getCode(),
                    Optional.ofNullable(retryAfter).map(Header::getValue),
                    excerpt(response.getEntity()));
        } finally {
            close(response);
        }
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

    /**
     * A body read to its end has already given its connection back to the pool; one that was not is cut off here
     * rather than drained, so a huge or endless answer costs nothing more.
     */
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
