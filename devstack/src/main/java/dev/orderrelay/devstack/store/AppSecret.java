package dev.orderrelay.devstack.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The app's client secret, which keys the webhook HMAC. Kept out of records and masked in {@link #toString()} so it
 * never lands in a log line or an assertion message.
 */
public final class AppSecret {

    private final byte[] utf8;

    private AppSecret(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** The secret as configured; Shopify keys the HMAC with its UTF-8 bytes. */
    public static AppSecret of(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("app secret must not be empty");
        }
        return new AppSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    byte[] utf8Bytes() {
        return utf8.clone();
    }

    @Override
    public String toString() {
        return "AppSecret[****]";
    }
}
