package dev.orderrelay.shopify.admin.token;

import static dev.orderrelay.shopify.admin.AdminApiStub.data;
import static dev.orderrelay.shopify.admin.AdminApiStub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.shopify.admin.AdminApiStub;
import dev.orderrelay.shopify.admin.OrderWindow;
import dev.orderrelay.shopify.admin.SettableClock;
import dev.orderrelay.shopify.admin.ShopifyAccessToken;
import dev.orderrelay.shopify.admin.ShopifyAdminSettings;
import dev.orderrelay.shopify.admin.ShopifyRejectedException;
import dev.orderrelay.shopify.admin.TestClients;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShopifyTokenRefresherTests {

    static final String TOKEN_A = "shpat_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    static final String TOKEN_B = "shpat_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    static final String REFRESH_1 = "shprt_1111111111111111111111111111";
    static final String REFRESH_2 = "shprt_2222222222222222222222222222";
    static final String CLIENT_SECRET = "shpss_cccccccccccccccccccccccccccc";
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final OrderWindow HOUR = OrderWindow.hourStarting(Instant.parse("2026-11-24T10:00:00Z"));
    static final String COUNT = "{\"ordersCount\": {\"count\": 2, \"precision\": \"EXACT\"}}";
    static final String UNAUTHORIZED =
            "{\"errors\": \"[API] Invalid API key or access token (unrecognized login or wrong password)\"}";

    private final AdminApiStub shopify = AdminApiStub.start();
    private final TokenEndpointStub oauth = new TokenEndpointStub(shopify);
    private final SettableClock clock = new SettableClock(NOW);
    private InMemoryTokenStore store;
    private ShopifyTokenRefresher refresher;
    private TestClients clients;

    @AfterEach
    void stop() {
        if (clients != null) {
            clients.close();
        }
        if (refresher != null) {
            refresher.close();
        }
        shopify.close();
    }

    @Test
    void refreshesShortlyBeforeExpiryAndHandsTheNewPairToTheStore() {
        start(expiringIn(Duration.ofMinutes(4)));
        oauth.refreshes(REFRESH_1, TOKEN_B, REFRESH_2);
        oauth.graphqlWithToken(TOKEN_B, data(COUNT));

        assertThat(clients.client(shopify).ordersCount(HOUR).count()).isEqualTo(2);

        JsonNode refresh = JsonMapper.builder()
                .build()
                .readTree(oauth.refreshRequests().getFirst().getBodyAsString());
        assertThat(refresh.path("client_id").stringValue()).isEqualTo("app-client-id");
        assertThat(refresh.path("client_secret").stringValue()).isEqualTo(CLIENT_SECRET);
        assertThat(refresh.path("grant_type").stringValue()).isEqualTo("refresh_token");
        assertThat(refresh.path("refresh_token").stringValue()).isEqualTo(REFRESH_1);
        assertThat(store.saved()).singleElement().satisfies(saved -> {
            assertThat(saved.accessToken()).isEqualTo(ShopifyAccessToken.of(TOKEN_B));
            assertThat(saved.refreshToken()).isEqualTo(REFRESH_2);
            assertThat(saved.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
            assertThat(saved.refreshTokenExpiresAt()).isEqualTo(NOW.plusSeconds(7776000));
        });
        assertThat(shopify.graphqlRequests())
                .singleElement()
                .satisfies(request ->
                        assertThat(request.getHeader("X-Shopify-Access-Token")).isEqualTo(TOKEN_B));
    }

    @Test
    void keepsUsingATokenThatIsNotAboutToExpire() {
        start(expiringIn(Duration.ofMinutes(30)));
        oauth.graphqlWithToken(TOKEN_A, data(COUNT));

        clients.client(shopify).ordersCount(HOUR);
        clients.client(shopify).ordersCount(HOUR);

        assertThat(oauth.refreshRequests()).isEmpty();
        assertThat(store.saved()).isEmpty();
    }

    @Test
    void refreshesOnceAfterA401AndRetriesWithTheNewToken() {
        start(expiringIn(Duration.ofMinutes(30)));
        oauth.refreshes(REFRESH_1, TOKEN_B, REFRESH_2);
        oauth.graphqlWithToken(TOKEN_A, json(401, UNAUTHORIZED));
        oauth.graphqlWithToken(TOKEN_B, data(COUNT));

        assertThat(clients.client(shopify).ordersCount(HOUR).count()).isEqualTo(2);

        assertThat(oauth.refreshRequests()).hasSize(1);
        assertThat(shopify.graphqlRequests())
                .extracting(request -> request.getHeader("X-Shopify-Access-Token"))
                .containsExactly(TOKEN_A, TOKEN_B);
        assertThat(store.saved()).extracting(OfflineToken::refreshToken).containsExactly(REFRESH_2);
    }

    @Test
    void failsWhenTheRefreshedTokenIsRefusedToo() {
        start(expiringIn(Duration.ofMinutes(30)));
        oauth.refreshes(REFRESH_1, TOKEN_B, REFRESH_2);
        oauth.graphqlWithToken(TOKEN_A, json(401, UNAUTHORIZED));
        oauth.graphqlWithToken(TOKEN_B, json(401, UNAUTHORIZED));

        assertThatThrownBy(() -> clients.client(shopify).ordersCount(HOUR))
                .isInstanceOfSatisfying(
                        ShopifyRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(401));
        assertThat(oauth.refreshRequests()).hasSize(1);
        assertThat(shopify.graphqlRequests()).hasSize(2);
    }

    @Test
    void doesNotRetryA401WithATokenThatCannotBeRenewed() {
        start(OfflineToken.nonExpiring(ShopifyAccessToken.of(TOKEN_A)));
        oauth.graphqlWithToken(TOKEN_A, json(401, UNAUTHORIZED));

        assertThatThrownBy(() -> clients.client(shopify).ordersCount(HOUR))
                .isInstanceOf(ShopifyRejectedException.class);
        assertThat(oauth.refreshRequests()).isEmpty();
        assertThat(shopify.graphqlRequests()).hasSize(1);
    }

    @Test
    void usesATokenAnotherInstanceRefreshedInsteadOfRefreshingAgain() {
        start(expiringIn(Duration.ofMinutes(20)));
        oauth.graphqlWithToken(TOKEN_A, data(COUNT));
        oauth.graphqlWithToken(TOKEN_B, data(COUNT));
        clients.client(shopify).ordersCount(HOUR);
        store.replace(
                new OfflineToken(ShopifyAccessToken.of(TOKEN_B), NOW.plus(Duration.ofMinutes(70)), REFRESH_2, null));

        clock.advance(Duration.ofMinutes(16));
        clients.client(shopify).ordersCount(HOUR);

        assertThat(oauth.refreshRequests()).isEmpty();
        assertThat(shopify.graphqlRequests().getLast().getHeader("X-Shopify-Access-Token"))
                .isEqualTo(TOKEN_B);
    }

    @Test
    void doesNotUseATokenItCouldNotPersistAndTriesAgainLater() {
        start(expiringIn(Duration.ofMinutes(4)));
        store.failSaving();
        oauth.refreshes(REFRESH_1, TOKEN_B, REFRESH_2);
        oauth.graphqlWithToken(TOKEN_A, data(COUNT));

        clients.client(shopify).ordersCount(HOUR);
        clients.client(shopify).ordersCount(HOUR);
        clock.advance(ShopifyTokenRefresher.RETRY_FAILED_REFRESH_AFTER);
        clients.client(shopify).ordersCount(HOUR);

        assertThat(shopify.graphqlRequests())
                .extracting(request -> request.getHeader("X-Shopify-Access-Token"))
                .containsOnly(TOKEN_A);
        assertThat(oauth.refreshRequests()).hasSize(2);
        assertThat(oauth.refreshRequests())
                .allSatisfy(request -> assertThat(request.getBodyAsString()).contains(REFRESH_1));
    }

    @Test
    void saysTheMerchantMustActWhenTheRefreshTokenIsRefused() {
        start(expiringIn(Duration.ofMinutes(-1)));
        oauth.answers(json(400, """
                {"error": "invalid_grant", "error_description": "The refresh token %s is invalid or expired"}""".formatted(REFRESH_1)));

        assertThatThrownBy(() -> clients.client(shopify).ordersCount(HOUR))
                .isInstanceOfSatisfying(
                        ShopifyTokenRefreshException.class,
                        e -> assertThat(e.retryLater()).isFalse())
                .hasMessageContaining("shop acme.myshopify.com")
                .hasMessageContaining("reference '" + AdminApiStub.TOKEN_REFERENCE + "'")
                .hasMessageContaining("HTTP 400 invalid_grant")
                .hasMessageContaining("the merchant must open the app again")
                .hasMessageNotContaining(REFRESH_1);
        assertThat(shopify.graphqlRequests()).isEmpty();
    }

    @Test
    void refusesARefreshAheadBeyondHalfTheTokensLife() {
        assertThatThrownBy(() -> new ShopifyTokenRefresher(
                        app(),
                        new InMemoryTokenStore(null),
                        ShopifyAdminSettings.defaults(),
                        Duration.ofMinutes(31),
                        clock))
                .hasMessageContaining("refreshAhead");
    }

    static ShopifyAppCredentials app() {
        return ShopifyAppCredentials.of("app-client-id", CLIENT_SECRET);
    }

    private OfflineToken expiringIn(Duration left) {
        return new OfflineToken(
                ShopifyAccessToken.of(TOKEN_A), NOW.plus(left), REFRESH_1, NOW.plus(Duration.ofDays(80)));
    }

    private void start(OfflineToken initial) {
        store = new InMemoryTokenStore(initial);
        refresher = new ShopifyTokenRefresher(
                app(), store, ShopifyAdminSettings.defaults(), ShopifyTokenRefresher.DEFAULT_REFRESH_AHEAD, clock);
        clients = new TestClients(ShopifyAdminSettings.defaults(), refresher);
    }
}
