package dev.orderrelay.devstack.destinations;

import java.util.Base64;
import java.util.Objects;

/**
 * A destination's Standard Webhooks signing secret ({@code whsec_} followed by base64), holding the decoded HMAC key.
 * Not a record, and masked in {@link #toString()}, so the key never lands in a log line or an assertion message.
 */
public final class WebhookSecret {

    private static final String PREFIX = "whsec_";

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /**
     * The secret as the merchant would paste it. The {@code whsec_} prefix is optional, as in the reference libraries;
     * the rest must be non-empty base64.
     */
    public static WebhookSecret of(String secret) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        if (encoded.isEmpty()) {
            throw new IllegalArgumentException("webhook secret must not be empty");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            // The decoder's message can quote the offending characters; say nothing about the secret itself.
            throw new IllegalArgumentException("webhook secret must be base64 after the whsec_ prefix");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("webhook secret must not be empty");
        }
        return new WebhookSecret(key);
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "WebhookSecret[****]";
    }
}
