package dev.orderrelay.receiver;

import dev.orderrelay.devstack.store.AppSecret;
import dev.orderrelay.devstack.store.ShopifyWebhookSigner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A webhook as Shopify posts it, signed with a secret of the test's choosing, with any header removable or
 * replaceable, so each test states only what it varies.
 */
public final class TestWebhook {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private String secret = ReceiverTestStack.CURRENT_SECRET;
    private boolean chunked;

    private TestWebhook(String shop, byte[] body) {
        this.body = body;
        headers.put("X-Shopify-Topic", "orders/create");
        headers.put("X-Shopify-Shop-Domain", shop);
        headers.put("X-Shopify-Webhook-Id", UUID.randomUUID().toString());
        headers.put("X-Shopify-Event-Id", UUID.randomUUID().toString());
        headers.put("X-Shopify-Triggered-At", Instant.now().toString());
        headers.put("X-Shopify-API-Version", "2026-10");
    }

    /** An orders/create webhook for a shop of its own, so tests sharing the queue never see each other's. */
    public static TestWebhook order(String body) {
        return new TestWebhook("test-" + UUID.randomUUID() + ".myshopify.com", body.getBytes(StandardCharsets.UTF_8));
    }

    public static TestWebhook withBody(byte[] body) {
        return new TestWebhook("test-" + UUID.randomUUID() + ".myshopify.com", body);
    }

    public TestWebhook signedWith(String otherSecret) {
        this.secret = otherSecret;
        return this;
    }

    public TestWebhook header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Leaves {@code name} out of the request, the signature header included. */
    public TestWebhook without(String name) {
        headers.put(name, null);
        return this;
    }

    /** Sends the body without a Content-Length, as a chunked stream. */
    public TestWebhook chunked() {
        this.chunked = true;
        return this;
    }

    public String webhookId() {
        return headers.get("X-Shopify-Webhook-Id");
    }

    public String shop() {
        return headers.get("X-Shopify-Shop-Domain");
    }

    public byte[] body() {
        return body.clone();
    }

    /** The signature this webhook will carry unless a test replaces the header. */
    public String signature() {
        // The devstack's signer shares no code with the receiver's verifier.
        return new ShopifyWebhookSigner(AppSecret.of(secret)).sign(body);
    }

    public HttpResponse<String> postTo(int port) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/webhooks/shopify"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(
                        chunked
                                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!headers.containsKey("X-Shopify-Hmac-Sha256")) {
            request.header("X-Shopify-Hmac-Sha256", signature());
        }
        headers.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
