package dev.orderrelay.devstack.store;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies the way Shopify does: base64 of HMAC-SHA256 over the exact raw body bytes, keyed with the app
 * secret. Written independently of order-relay's verifier on purpose, so the two check each other.
 */
public final class ShopifyWebhookSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public ShopifyWebhookSigner(AppSecret secret) {
        this.key = new SecretKeySpec(Objects.requireNonNull(secret, "secret").utf8Bytes(), ALGORITHM);
    }

    /** The value for {@code X-Shopify-Hmac-Sha256}. */
    public String sign(byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            // A Mac is not thread-safe; a fresh one per call is cheap next to an HTTP round trip.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JDK", e);
        }
    }
}
