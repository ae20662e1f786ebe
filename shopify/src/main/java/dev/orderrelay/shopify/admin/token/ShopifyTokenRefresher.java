package dev.orderrelay.shopify.admin.token;

import dev.orderrelay.shopify.admin.AccessTokens;
import dev.orderrelay.shopify.admin.ShopifyAccessToken;
import dev.orderrelay.shopify.admin.ShopifyAdminSettings;
import dev.orderrelay.shopify.admin.ShopifyShop;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AccessTokens} for shops with expiring offline tokens. It keeps each shop's token in memory, refreshes it at
 * Shopify's OAuth endpoint {@code refreshAhead} before it expires and once after Shopify answers 401, and gives every
 * refreshed token to the {@link OfflineTokenStore} before using it (the refresh token rotates each time). Before
 * refreshing it reads the store again, so that a token another instance already refreshed is used rather than
 * refreshed twice. Refreshes of one shop are serialised. Tokens never appear in a log line or a message.
 */
public final class ShopifyTokenRefresher implements AccessTokens, AutoCloseable {

    /** Refresh this long before expiry unless told otherwise: Shopify suggests a few minutes. */
    public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofMinutes(5);

    /** How long a failed refresh is not tried again while the current token is still accepted. */
    public static final Duration RETRY_FAILED_REFRESH_AFTER = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ShopifyTokenRefresher.class);

    private final ShopifyAppCredentials app;
    private final OfflineTokenStore store;
    private final Duration refreshAhead;
    private final Clock clock;
    private final HttpClient http;
    private final OAuthTokenEndpoint endpoint;
    private final Map<String, OfflineToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> failedRefreshes = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** Refreshes {@link #DEFAULT_REFRESH_AHEAD} before expiry, on the system clock. */
    public ShopifyTokenRefresher(ShopifyAppCredentials app, OfflineTokenStore store, ShopifyAdminSettings settings) {
        this(app, store, settings, DEFAULT_REFRESH_AHEAD, Clock.systemUTC());
    }

    /**
     * @param settings the connect and request timeouts for the token endpoint
     * @param refreshAhead how long before expiry to refresh, between 0 and 30 minutes (tokens last 60)
     */
    public ShopifyTokenRefresher(
            ShopifyAppCredentials app,
            OfflineTokenStore store,
            ShopifyAdminSettings settings,
            Duration refreshAhead,
            Clock clock) {
        this.app = Objects.requireNonNull(app, "app credentials");
        this.store = Objects.requireNonNull(store, "token store");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(refreshAhead, "refreshAhead");
        if (refreshAhead.isNegative() || refreshAhead.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("refreshAhead must be between 0 and 30 minutes, was " + refreshAhead);
        }
        this.refreshAhead = refreshAhead;
        // HTTP/1.1: one small request at a time per shop gains nothing from HTTP/2, and plain-http servers (the
        // simulated store) then never see an h2c upgrade.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.endpoint = new OAuthTokenEndpoint(http, settings.requestTimeout());
    }

    @Override
    public ShopifyAccessToken tokenFor(ShopifyShop shop) {
        synchronized (lock(shop)) {
            Instant now = clock.instant();
            OfflineToken current = tokens.computeIfAbsent(shop.domain(), domain -> load(shop));
            if (current.dueForRefresh(now, refreshAhead)) {
                current = freshest(shop, current, now);
            }
            return current.accessToken();
        }
    }

    @Override
    public boolean renewAfterRejection(ShopifyShop shop, ShopifyAccessToken rejected) {
        synchronized (lock(shop)) {
            OfflineToken stored = load(shop);
            if (!stored.accessToken().equals(rejected)) {
                tokens.put(shop.domain(), stored); // another instance (or an operator) stored a newer token
                return true;
            }
            if (!stored.renewable()) {
                return false;
            }
            refresh(shop, stored, clock.instant());
            return true;
        }
    }

    /**
     * The stored token if another instance refreshed it already, else a refreshed one. While the current token is still
     * accepted, a failed refresh only logs and keeps it, and is not tried again for {@link #RETRY_FAILED_REFRESH_AFTER}
     * (not once per request).
     */
    private OfflineToken freshest(ShopifyShop shop, OfflineToken current, Instant now) {
        Instant retryAt = failedRefreshes.get(shop.domain());
        if (retryAt != null && now.isBefore(retryAt) && current.usableAt(now)) {
            return current;
        }
        OfflineToken stored = load(shop);
        if (!stored.dueForRefresh(now, refreshAhead) && stored.usableAt(now)) {
            tokens.put(shop.domain(), stored);
            return stored;
        }
        try {
            OfflineToken refreshed = refresh(shop, stored, now);
            failedRefreshes.remove(shop.domain());
            return refreshed;
        } catch (ShopifyTokenRefreshException e) {
            if (!current.usableAt(now)) {
                throw e;
            }
            failedRefreshes.put(shop.domain(), now.plus(RETRY_FAILED_REFRESH_AFTER));
            log.warn(
                    "Could not refresh the offline access token of shop={}; using the current one until {}: {}",
                    shop.domain(),
                    current.expiresAt(),
                    e.getMessage());
            return current;
        }
    }

    private OfflineToken refresh(ShopifyShop shop, OfflineToken stored, Instant now) {
        OfflineToken refreshed = endpoint.refresh(shop, app, stored, now);
        try {
            store.save(shop, refreshed);
        } catch (RuntimeException e) {
            tokens.remove(shop.domain());
            throw new ShopifyTokenRefreshException(
                    shop.domain(),
                    "Refreshed the offline access token of shop " + shop.domain() + " but could not persist it under"
                            + " reference '" + shop.tokenReference() + "'; it is not used, and the previous refresh"
                            + " token (which Shopify honours until its replacement is used) is tried again next time.",
                    true,
                    e);
        }
        tokens.put(shop.domain(), refreshed);
        log.info(
                "Refreshed the offline access token of shop={}; it expires at {}, its refresh token at {}",
                shop.domain(),
                refreshed.expiresAt(),
                refreshed.refreshTokenExpiresAt());
        return refreshed;
    }

    private OfflineToken load(ShopifyShop shop) {
        OfflineToken token = store.load(shop);
        if (token == null) {
            throw new ShopifyTokenRefreshException(
                    shop.domain(),
                    "No offline access token is stored for shop " + shop.domain() + " under reference '"
                            + shop.tokenReference() + "': install the app on the shop, or store its token.",
                    false,
                    null);
        }
        return token;
    }

    private Object lock(ShopifyShop shop) {
        return locks.computeIfAbsent(shop.domain(), domain -> new Object());
    }

    /** Closes the HTTP client used for the token endpoint. */
    @Override
    public void close() {
        http.close();
    }
}
