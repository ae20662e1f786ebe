package dev.orderrelay.destinations.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hc.client5.http.DnsResolver;
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
 * The HTTP client every sender posts through, set up so that one call is one request: no redirects (a redirect could
 * lead somewhere the configuration never named), no automatic retries (the worker retries, with a claim and a
 * back-off), no cookies, no proxy from system properties, connect and response timeouts. An answer's body is read
 * only up to a bound and the rest cut off rather than drained, so a huge or endless answer costs nothing more.
 */
public final class JsonPoster implements AutoCloseable {

    private final CloseableHttpClient client;
    private final ContentType contentType;

    /**
     * @param options how to connect
     * @param resolver resolves host names, or {@code null} for the system's DNS
     */
    public JsonPoster(Options options, DnsResolver resolver) {
        Timeout connect = Timeout.ofMilliseconds(options.connectTimeout().toMillis());
        Timeout response = Timeout.ofMilliseconds(options.responseTimeout().toMillis());
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(options.maxConnections())
                .setMaxConnPerRoute(options.maxConnectionsPerHost())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(response)
                        // Bounds how long a pooled connection keeps using an address resolved long ago.
                        .setTimeToLive(TimeValue.of(options.connectionTimeToLive()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build());
        if (resolver != null) {
            connections.setDnsResolver(resolver);
        }
        this.client = HttpClients.custom()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(response)
                        .setConnectionRequestTimeout(response)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(options.userAgent())
                .build();
        this.contentType = ContentType.parse(options.contentType());
    }

    /**
     * How a sender's client connects.
     *
     * @param userAgent the {@code User-Agent} it sends
     * @param contentType the {@code Content-Type} of its bodies, e.g. {@code application/json}
     * @param connectTimeout time to connect
     * @param responseTimeout time to wait for an answer, between any two reads
     * @param maxConnections open connections in all
     * @param maxConnectionsPerHost open connections to one scheme, host and port
     * @param connectionTimeToLive how long a pooled connection is kept, so DNS changes take effect
     */
    public record Options(
            String userAgent,
            String contentType,
            Duration connectTimeout,
            Duration responseTimeout,
            int maxConnections,
            int maxConnectionsPerHost,
            Duration connectionTimeToLive) {

        public Options {
            Objects.requireNonNull(userAgent, "userAgent");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(responseTimeout, "responseTimeout");
            Objects.requireNonNull(connectionTimeToLive, "connectionTimeToLive");
        }
    }

    /**
     * Posts {@code body} with {@code headers} and reads the answer: its status, its headers and at most
     * {@code maxBodyBytes} of its body.
     *
     * @throws IOException when no answer came: DNS failure, refused or reset connection, timeout
     */
    public HttpAnswer post(URI uri, Map<String, String> headers, byte[] body, int maxBodyBytes) throws IOException {
        HttpPost post = new HttpPost(uri);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, contentType));
        ClassicHttpResponse response = client.executeOpen(null, post, null);
        try {
            Map<String, String> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Header header : response.getHeaders()) {
                answerHeaders.putIfAbsent(header.getName(), header.getValue());
            }
            return read(response.getCode(), answerHeaders, response.getEntity(), maxBodyBytes);
        } finally {
            // A body read to its end has given its connection back already; one cut short is dropped, not drained.
            if (response instanceof ModalCloseable closeable) {
                closeable.close(CloseMode.IMMEDIATE);
            } else {
                response.close();
            }
        }
    }

    /** The status decides most outcomes, so a body that fails to arrive only costs its text. */
    private static HttpAnswer read(int status, Map<String, String> headers, HttpEntity entity, int maxBodyBytes) {
        if (entity == null) {
            return new HttpAnswer(status, headers, "", false, null);
        }
        try {
            // Not closed here: closing would drain the rest; closing the response cuts it off instead.
            byte[] bytes = entity.getContent().readNBytes(maxBodyBytes + 1);
            int length = Math.min(bytes.length, maxBodyBytes);
            return new HttpAnswer(
                    status,
                    headers,
                    new String(bytes, 0, length, StandardCharsets.UTF_8),
                    bytes.length > maxBodyBytes,
                    null);
        } catch (IOException e) {
            return new HttpAnswer(status, headers, "", false, e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
