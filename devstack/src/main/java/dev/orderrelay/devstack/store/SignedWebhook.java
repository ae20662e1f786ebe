package dev.orderrelay.devstack.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One webhook request exactly as Shopify would send it: the raw body bytes and every header, the HMAC included. Built
 * by {@link #builder(AppSecret)}, which can also drop or replace any header so tests can craft a missing header or a
 * wrong signature. Immutable; {@link #send(HttpClient, URI)} may be called repeatedly to replay it.
 */
public final class SignedWebhook {

    /** Shopify sends nanosecond precision in UTC; {@link Instant#toString()} would trim trailing zeros. */
    static final DateTimeFormatter TRIGGERED_AT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, String> headers;
    private final byte[] body;

    private SignedWebhook(Map<String, String> headers, byte[] body) {
        this.headers = headers;
        this.body = body;
    }

    /** Starts a webhook signed with {@code secret}; every field has a Shopify-like default except the body. */
    public static Builder builder(AppSecret secret) {
        return new Builder(secret);
    }

    /** Every header to send, Content-Type included; lookups ignore case, as HTTP does. */
    public Map<String, String> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public Optional<String> header(ShopifyHeader header) {
        return header(header.headerName());
    }

    /** A copy of the exact bytes that were signed. */
    public byte[] body() {
        return body.clone();
    }

    /** The POST to {@code target}, failing with {@code HttpTimeoutException} if no answer within the timeout. */
    public HttpRequest request(URI target, Duration responseTimeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(responseTimeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return request.build();
    }

    /** Posts this webhook, waits at most 5 s for the answer, and returns its status; the body is discarded. */
    public int send(HttpClient client, URI target) throws IOException, InterruptedException {
        return client.send(request(target, DEFAULT_TIMEOUT), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Override
    public String toString() {
        // The signature and the body (customer PII) stay out of logs and assertion messages.
        return "SignedWebhook[topic=" + headers.get(ShopifyHeader.TOPIC.headerName()) + ", webhookId="
                + headers.get(ShopifyHeader.WEBHOOK_ID.headerName()) + ", bodyBytes=" + body.length + "]";
    }

    /**
     * Collects the parts of a {@link SignedWebhook}; not thread-safe. The webhook and event ids default to UUIDs drawn
     * when the builder is made, so building twice from one builder gives a duplicate delivery.
     */
    public static final class Builder {

        private final ShopifyWebhookSigner signer;
        private final Map<String, String> overrides = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private String shopDomain = "demo.myshopify.com";
        private String topic = WebhookTopic.ORDERS_CREATE.topicName();
        private String webhookId = UUID.randomUUID().toString();
        private String eventId = UUID.randomUUID().toString();
        private Instant triggeredAt = Instant.now();
        private String apiVersion = "2026-10";
        private byte[] body;

        private Builder(AppSecret secret) {
            this.signer = new ShopifyWebhookSigner(secret);
        }

        public Builder shopDomain(String value) {
            this.shopDomain = Objects.requireNonNull(value, "shopDomain");
            return this;
        }

        public Builder topic(String value) {
            this.topic = Objects.requireNonNull(value, "topic");
            return this;
        }

        public Builder topic(WebhookTopic value) {
            return topic(value.topicName());
        }

        public Builder webhookId(String value) {
            this.webhookId = Objects.requireNonNull(value, "webhookId");
            return this;
        }

        public Builder eventId(String value) {
            this.eventId = Objects.requireNonNull(value, "eventId");
            return this;
        }

        public Builder triggeredAt(Instant value) {
            this.triggeredAt = Objects.requireNonNull(value, "triggeredAt");
            return this;
        }

        public Builder apiVersion(String value) {
            this.apiVersion = Objects.requireNonNull(value, "apiVersion");
            return this;
        }

        /** The raw bytes to send and sign; copied. */
        public Builder body(byte[] value) {
            this.body = Objects.requireNonNull(value, "body").clone();
            return this;
        }

        /** The body as UTF-8, as Shopify encodes it. */
        public Builder body(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8));
        }

        /** Replaces or adds a header after signing, e.g. a wrong {@code X-Shopify-Hmac-Sha256}. */
        public Builder header(String name, String value) {
            overrides.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder header(ShopifyHeader header, String value) {
            return header(header.headerName(), value);
        }

        /** Leaves a header out entirely, e.g. to test a receiver's 400 on a missing header. */
        public Builder without(String name) {
            overrides.put(Objects.requireNonNull(name, "name"), null);
            return this;
        }

        public Builder without(ShopifyHeader header) {
            return without(header.headerName());
        }

        public SignedWebhook build() {
            if (body == null) {
                throw new IllegalStateException("a signed webhook needs a body");
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.put("Content-Type", "application/json");
            headers.put(ShopifyHeader.TOPIC.headerName(), topic);
            headers.put(ShopifyHeader.HMAC_SHA256.headerName(), signer.sign(body));
            headers.put(ShopifyHeader.SHOP_DOMAIN.headerName(), shopDomain);
            headers.put(ShopifyHeader.API_VERSION.headerName(), apiVersion);
            headers.put(ShopifyHeader.WEBHOOK_ID.headerName(), webhookId);
            headers.put(ShopifyHeader.EVENT_ID.headerName(), eventId);
            headers.put(ShopifyHeader.TRIGGERED_AT.headerName(), TRIGGERED_AT_FORMAT.format(triggeredAt));
            overrides.forEach((name, value) -> {
                if (value == null) {
                    headers.remove(name);
                } else {
                    headers.put(name, value);
                }
            });
            return new SignedWebhook(Collections.unmodifiableMap(headers), body.clone());
        }
    }
}
