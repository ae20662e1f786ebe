package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.DestinationSecret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One shop's GA4 web stream as requests reach it: the collect and validation URLs with the stream's
 * {@code measurement_id} and {@code api_secret} in their query, as the Measurement Protocol demands. The URLs never
 * leave this class, and every answer comes back with the secret scrubbed from its text, in case GA4 ever echoes the
 * URL it was sent to.
 */
final class Ga4Stream {

    private static final String MASK = "****";

    private final Ga4Transport transport;
    private final URI collect;
    private final URI validation;
    private final String secret;
    private final String encodedSecret;
    private final String host;

    Ga4Stream(Ga4Transport transport, Ga4Endpoints endpoints, Ga4TargetConfig config, DestinationSecret secret) {
        this.transport = transport;
        this.secret = secret.reveal();
        this.encodedSecret = URLEncoder.encode(this.secret, StandardCharsets.UTF_8);
        // Both parts are URL-encoded, so the URI is always valid and no exception can quote it.
        String query = "?measurement_id=" + URLEncoder.encode(config.measurementId(), StandardCharsets.UTF_8)
                + "&api_secret=" + encodedSecret;
        this.collect = URI.create(endpoints.collect() + query);
        this.validation = URI.create(endpoints.validation() + query);
        this.host = endpoints.collect().getHost();
    }

    /** Posts {@code body} to {@code /mp/collect}, where GA4 records it. */
    Ga4Response collect(byte[] body) throws IOException {
        return scrubbed(transport.post(collect, body));
    }

    /** Posts {@code body} to {@code /debug/mp/collect}, where GA4 checks it without recording it. */
    Ga4Response validate(byte[] body) throws IOException {
        return scrubbed(transport.post(validation, body));
    }

    /** The host requests go to, for log lines. */
    String host() {
        return host;
    }

    private Ga4Response scrubbed(Ga4Response response) {
        String body = response.body().replace(secret, MASK).replace(encodedSecret, MASK);
        return new Ga4Response(
                response.status(),
                response.retryAfter().map(value -> value.replace(secret, MASK)),
                body,
                response.truncated());
    }

    @Override
    public String toString() {
        return "Ga4Stream[host=" + host + ", secret=" + MASK + "]";
    }
}
