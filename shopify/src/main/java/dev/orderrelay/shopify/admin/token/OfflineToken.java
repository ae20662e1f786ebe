package dev.orderrelay.shopify.admin.token;

import dev.orderrelay.shopify.admin.ShopifyAccessToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A shop's offline access token with what is needed to renew it. Holds secrets, so it prints only its expiry times.
 * A non-expiring offline token has no {@code expiresAt} and no refresh token.
 */
public final class OfflineToken {

    private final ShopifyAccessToken accessToken;
    private final Instant expiresAt;
    private final String refreshToken;
    private final Instant refreshTokenExpiresAt;

    /**
     * @param accessToken the token sent as {@code X-Shopify-Access-Token}
     * @param expiresAt when it expires, {@code null} if it does not
     * @param refreshToken what renews it, {@code null} if it cannot be renewed
     * @param refreshTokenExpiresAt when the refresh token expires, {@code null} if unknown
     */
    public OfflineToken(
            ShopifyAccessToken accessToken, Instant expiresAt, String refreshToken, Instant refreshTokenExpiresAt) {
        this.accessToken = Objects.requireNonNull(accessToken, "an offline token needs its access token");
        if (refreshToken != null && refreshToken.isBlank()) {
            throw new IllegalArgumentException("a refresh token must not be blank (use null for none)");
        }
        this.expiresAt = expiresAt;
        this.refreshToken = refreshToken;
        this.refreshTokenExpiresAt = refreshTokenExpiresAt;
    }

    /** A token that never expires (custom and merchant-created apps may still have these). */
    public static OfflineToken nonExpiring(ShopifyAccessToken accessToken) {
        return new OfflineToken(accessToken, null, null, null);
    }

    /** The access token. */
    public ShopifyAccessToken accessToken() {
        return accessToken;
    }

    /** When the access token expires, {@code null} if it does not. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The refresh token, {@code null} if this token cannot be renewed. */
    public String refreshToken() {
        return refreshToken;
    }

    /** When the refresh token expires, {@code null} if unknown. */
    public Instant refreshTokenExpiresAt() {
        return refreshTokenExpiresAt;
    }

    /** Whether it can be renewed: it has a refresh token. */
    public boolean renewable() {
        return refreshToken != null;
    }

    /** Whether it should be renewed now: it expires within {@code ahead} and can be renewed. */
    boolean dueForRefresh(Instant now, Duration ahead) {
        return renewable() && expiresAt != null && !now.isBefore(expiresAt.minus(ahead));
    }

    /** Whether Shopify should still accept it at {@code now}. */
    boolean usableAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "OfflineToken[accessToken=****, expiresAt=" + expiresAt + ", refreshToken="
                + (refreshToken == null ? "none" : "****") + ", refreshTokenExpiresAt=" + refreshTokenExpiresAt + "]";
    }
}
