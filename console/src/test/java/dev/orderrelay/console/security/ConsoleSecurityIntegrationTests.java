package dev.orderrelay.console.security;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.console.PageSession;
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

@ConsoleIntegrationTest
class ConsoleSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ShopRegistry registry;

    private String shop;

    @BeforeEach
    void shop() {
        shop = ConsoleFixtures.freshShop();
        registry.save(new ShopConfig(shop, ShopStatus.ACTIVE, Map.of(), List.of()));
    }

    @Test
    void challengesARequestWithoutCredentialsWithAnUnauthenticatedProblem() {
        HttpResponse<String> response = ConsoleApiClient.anonymous(port).get("/api/shops/" + shop);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("code").asString()).isEqualTo("unauthenticated");
        assertThat(json(response).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void answersAWrongPasswordAsAnyOtherUnauthenticatedRequest() {
        HttpResponse<String> response = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, "not-the-password")
                .get("/api/shops/" + shop);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(json(response).get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void letsAViewerRead() {
        HttpResponse<String> response = viewer().get("/api/shops/" + shop);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("shop").asString()).isEqualTo(shop);
    }

    @Test
    void forbidsAViewerToReplaceAShopWithAForbiddenProblem() {
        HttpResponse<String> response = viewer().put("/api/shops/" + shop, "{\"status\": \"UNINSTALLED\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("code").asString()).isEqualTo("forbidden");
        assertThat(json(viewer().get("/api/shops/" + shop)).get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void forbidsSupportToReplaceAShop() {
        HttpResponse<String> response = ConsoleApiClient.as(
                        port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD)
                .put("/api/shops/" + shop, "{\"status\": \"UNINSTALLED\"}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void letsAnAdminWithABcryptPasswordReplaceAShop() {
        HttpResponse<String> response = ConsoleApiClient.as(
                        port, ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD)
                .put("/api/shops/" + shop, "{\"status\": \"UNINSTALLED\"}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void keepsNoSession() {
        HttpResponse<String> response = viewer().get("/api/shops/" + shop);

        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void leavesTheHealthProbesOpen() {
        ConsoleApiClient anonymous = ConsoleApiClient.anonymous(port);

        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void closesEverythingElseOutsideTheApi() {
        HttpResponse<String> response = ConsoleApiClient.anonymous(port).get("/actuator/info");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void answersASignedInUsersMissingPageWithNotFoundNotAPasswordPrompt() {
        // The error page is rendered on an ERROR dispatch to /error, outside /console: the catch-all chain must not
        // ask a browser signed in by session for HTTP Basic credentials (a password dialog in place of a 404).
        HttpResponse<String> response = PageSession.signedIn(
                        port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD)
                .get("/console/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    private ConsoleApiClient viewer() {
        return ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
    }
}
