package dev.orderrelay.devstack.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The Admin API access token the simulated store accepts in {@code X-Shopify-Access-Token}. Like {@link AppSecret} it
 * is kept out of the settings record and masked in {@link #toString()}, so it never lands in a log line or an
 * assertion message; tests hand the same string to the client they point at the store.
 */
public final class AdminAccessToken {

    private final byte[] utf8;

    private AdminAccessToken(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** The token as the app would hold it, e.g. {@code shpat_...}. */
    public static AdminAccessToken of(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("admin access token must not be blank");
        }
        return new AdminAccessToken(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a request's header value is this token, compared in constant time; false for null. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(utf8, presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AdminAccessToken[****]";
    }
}
