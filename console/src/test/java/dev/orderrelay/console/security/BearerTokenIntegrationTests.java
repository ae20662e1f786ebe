package dev.orderrelay.console.security;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tools call /api with their identity provider's access tokens; roles come from the token's roles claim. */
@OidcIntegrationTest
class BearerTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShopRegistry registry;

    private final TestIdentityProvider provider = TestIdentityProvider.shared();
    private String shop;

    @BeforeEach
    void shop() {
        shop = ConsoleFixtures.freshShop();
        registry.save(new ShopConfig(shop, ShopStatus.ACTIVE, Map.of(), List.of()));
    }

    @Test
    void letsATokenWithTheSupportRoleCountAReplayAndAuditsItUnderTheTokensUserName() {
        ConsoleApiClient support = bearer(provider.accessToken("sam.support", List.of("support")));

        HttpResponse<String> dryRun = support.post("/api/dead-letters/replay?dryRun=true&shop=" + shop);

        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(json(dryRun).get("count").asInt()).isZero();
        HttpResponse<String> audit = support.get("/api/audit?shop=" + shop);
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(json(audit).get("entries").get(0).get("actor").asString()).isEqualTo("sam.support");
    }

    @Test
    void letsAViewerTokenReadButNotReplay() {
        ConsoleApiClient viewer = bearer(provider.accessToken("vic.viewer", "viewer"));

        assertThat(viewer.get("/api/shops/" + shop).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = viewer.post("/api/dead-letters/replay?dryRun=true&shop=" + shop);
        assertThat(replay.statusCode()).isEqualTo(403);
        assertThat(replay.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(replay).get("code").asString()).isEqualTo("forbidden");
    }

    @Test
    void readsRolesFromASpaceSeparatedClaimInAnyCaseIgnoringUnknownOnes() {
        ConsoleApiClient admin = bearer(provider.accessToken("ada.admin", "Offline_Access ADMIN"));

        assertThat(admin.put("/api/shops/" + shop, "{\"status\": \"UNINSTALLED\"}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void refusesATokenWithoutARolesClaim() {
        HttpResponse<String> response =
                bearer(provider.accessToken("nobody", null)).get("/api/shops/" + shop);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("code").asString()).isEqualTo("forbidden");
    }

    @Test
    void refusesATokenWithOnlyUnknownRoles() {
        assertThat(bearer(provider.accessToken("guest", List.of("guest", "owner")))
                        .get("/api/shops/" + shop)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void answersAnExpiredTokenWithAnUnauthenticatedProblemOfferingBothWaysIn() {
        HttpResponse<String> response =
                bearer(provider.expiredAccessToken("sam.support", "support")).get("/api/shops/" + shop);

        assertUnauthenticated(response);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic realm="))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer realm="));
    }

    @Test
    void refusesATokenSignedWithAKeyTheProviderNeverPublished() {
        assertUnauthenticated(
                bearer(provider.foreignAccessToken("mallory", "admin")).get("/api/shops/" + shop));
    }

    @Test
    void refusesATokenIssuedForAnotherAudience() {
        assertUnauthenticated(bearer(provider.accessTokenForAnotherAudience("sam.support", "support"))
                .get("/api/shops/" + shop));
    }

    @Test
    void refusesSomethingThatIsNotAJwtAtAll() {
        assertUnauthenticated(bearer("not-a-jwt").get("/api/shops/" + shop));
    }

    @Test
    void keepsHttpBasicForConfiguredUsersBesideBearerTokens() {
        ConsoleApiClient viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);

        HttpResponse<String> response = viewer.get("/api/shops/" + shop);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void keepsNoSessionForBearerCalls() {
        HttpResponse<String> response =
                bearer(provider.accessToken("vic.viewer", "viewer")).get("/api/shops/" + shop);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void describesBearerTokensInTheOpenApiDescription() {
        HttpResponse<String> response =
                bearer(provider.accessToken("vic.viewer", "viewer")).get("/api/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        var schemes = json(response).get("components").get("securitySchemes");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("bearer").get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(schemes.has("basic")).isTrue();
    }

    private ConsoleApiClient bearer(String token) {
        return ConsoleApiClient.bearer(port, token);
    }

    private static void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("code").asString()).isEqualTo("unauthenticated");
    }
}
