package dev.orderrelay.bench.perf;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhooks the receiver benchmarks send: an {@code orders/create} body of about {@code size} bytes with a unique
 * order id, signed as Shopify signs (base64 HMAC-SHA256 of the raw body under the app secret, as
 * {@code .ci/smoke-local-run} does), with a unique {@code X-Shopify-Webhook-Id} per call.
 */
final class SignedWebhooks {

    static final String APP_SECRET = "dev-shopify-secret";
    static final String SHOP = "demo.myshopify.com";

    private static final long FIRST_ORDER_ID = 920_982_911_946_154_508L;

    private final SecretKeySpec key = new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private final String run;
    private final String prefix;
    private final String suffix;

    SignedWebhooks(String run, int size) {
        this.run = run;
        this.prefix = "{\"id\":";
        String rest =
                ",\"name\":\"#bench\",\"currency\":\"USD\",\"financial_status\":\"paid\",\"total_price\":\"42.50\","
                        + "\"line_items\":[{\"id\":1,\"product_id\":7981120143389,\"title\":\"Crème brûlée candle\","
                        + "\"quantity\":1,\"price\":\"42.50\"}],\"note\":\"";
        int fixed = (prefix + FIRST_ORDER_ID + rest + "\"}").getBytes(StandardCharsets.UTF_8).length;
        this.suffix = rest + "x".repeat(Math.max(0, size - fixed)) + "\"}";
    }

    /** The body of webhook number {@code sequence}. */
    byte[] body(long sequence) {
        return (prefix + Long.toUnsignedString(FIRST_ORDER_ID + sequence) + suffix).getBytes(StandardCharsets.UTF_8);
    }

    /** The headers of webhook number {@code sequence} with {@code body}, signature included. */
    Map<String, String> headers(String topic, long sequence, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Shopify-Topic", topic);
        headers.put("X-Shopify-Shop-Domain", SHOP);
        headers.put("X-Shopify-Webhook-Id", "bench-" + run + "-" + sequence);
        headers.put("X-Shopify-Hmac-Sha256", sign(body));
        return headers;
    }

    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
