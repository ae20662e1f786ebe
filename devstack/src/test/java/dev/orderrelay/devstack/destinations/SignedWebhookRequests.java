package dev.orderrelay.devstack.destinations;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds requests the way a Standard Webhooks sender does, with its own HMAC code so the verifier under test is never
 * checked against itself. The constants are the spec's published example.
 */
final class SignedWebhookRequests {

    static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long SPEC_TIMESTAMP = 1614265330L;
    static final String SPEC_BODY = "{\"test\": 2432232314}";
    static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private SignedWebhookRequests() {}

    static String signature(String secret, String id, long timestamp, String body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest signed(URI url, String secret, String id, long timestamp, String body) {
        return headers(url, body)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature(secret, id, timestamp, body))
                .build();
    }

    /** A POST with the body and no signing headers yet; callers add whichever headers the case needs. */
    static HttpRequest.Builder headers(URI url, String body) {
        return HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** An order event body like the relay's, with the order id as a JSON string. */
    static String orderEvent(String shop, String orderId, String type) {
        return """
                {"type": "%s", "shop": "%s", "orderId": "%s", "value": {"amount": "42.50", "currency": "EUR"}}""".formatted(type, shop, orderId);
    }
}
