package dev.orderrelay.console.shops;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConsoleIntegrationTest
class ShopApiIntegrationTests {

    @LocalServerPort
    int port;

    private ConsoleApiClient admin;
    private ConsoleApiClient viewer;
    private String shop;

    @BeforeEach
    void clients() {
        admin = ConsoleApiClient.as(port, ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD);
        viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
        shop = ConsoleFixtures.freshShop();
    }

    @Test
    void readsBackTheConfigurationItSavedInTheDocumentedShape() {
        String config = ConsoleFixtures.forShop("shop-config.json", shop);

        HttpResponse<String> saved = admin.put("/api/shops/" + shop, config);
        HttpResponse<String> read = viewer.get("/api/shops/" + shop);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved)).isEqualTo(json(config));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json(read)).isEqualTo(json(config));
        assertThat(fieldNames(json(read))).containsExactly("shop", "status", "policy", "destinations");
        assertThat(fieldNames(json(read).get("destinations").get(0)))
                .containsExactly("name", "kind", "settings", "credentialsRef");
    }

    @Test
    void replacesTheWholeConfigurationOnEveryPut() {
        admin.put("/api/shops/" + shop, ConsoleFixtures.forShop("shop-config.json", shop));

        HttpResponse<String> replaced = admin.put("/api/shops/" + shop, "{\"status\": \"UNINSTALLED\"}");

        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(json(viewer.get("/api/shops/" + shop)))
                .isEqualTo(json("{\"shop\": \"" + shop + "\", \"status\": \"UNINSTALLED\", \"policy\": {},"
                        + " \"destinations\": []}"));
    }

    @Test
    void keepsTheAdminApiCredentialsReferenceTheReconcilerUses() {
        String config = """
                {"status": "ACTIVE", "destinations": [],
                 "adminApiCredentialsRef": "order-relay/shops/admin-api-token"}""";

        HttpResponse<String> saved = admin.put("/api/shops/" + shop, config);
        HttpResponse<String> read = viewer.get("/api/shops/" + shop);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("adminApiCredentialsRef").asString()).isEqualTo("order-relay/shops/admin-api-token");
        assertThat(fieldNames(json(read)))
                .containsExactly("shop", "status", "policy", "destinations", "adminApiCredentialsRef");
    }

    @Test
    void rejectsAnAdminApiCredentialsReferenceThatCannotNameASecretAndSavesNothing() {
        String config = """
                {"status": "ACTIVE", "adminApiCredentialsRef": "shpat_0123 not a reference!"}""";

        HttpResponse<String> response = admin.put("/api/shops/" + shop, config);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "invalid-shop-config");
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("adminApiCredentialsRef");
        assertThat(json(response).get("detail").asString())
                .startsWith("Invalid shop configuration: adminApiCredentialsRef:");
        assertThat(viewer.get("/api/shops/" + shop).statusCode()).isEqualTo(404);
    }

    @Test
    void answersShopNotFoundForAShopWithoutConfiguration() {
        HttpResponse<String> response = viewer.get("/api/shops/" + shop);

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, "shop-not-found");
        assertThat(json(response).get("detail").asString()).contains(shop);
    }

    @Test
    void answersInvalidShopForAPathThatIsNotAShopDomain() {
        HttpResponse<String> response = viewer.get("/api/shops/example.com");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "invalid-shop");
    }

    @Test
    void rejectsAConfigurationNamingEveryBadFieldAndSavesNothing() {
        String config = """
                {"status": "ACTIVE", "destinations": [
                  {"name": "hook", "kind": "webhook", "settings": {"url": "http://hooks.example.com/x"},
                   "credentialsRef": "hook-signing"},
                  {"name": "hook", "kind": "ga4", "settings": {"measurementId": "G-ABC123DEF4"},
                   "credentialsRef": "ga4-api-secret"},
                  {"name": "mixpanel", "kind": "mixpanel"}
                ]}""";

        HttpResponse<String> response = admin.put("/api/shops/" + shop, config);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "invalid-shop-config");
        assertThat(json(response).get("detail").asString())
                .contains("destinations[0].settings.url", "destinations[1].name", "destinations[2].kind");
        assertThat(json(response).get("errors").findValuesAsString("field"))
                .containsExactly("destinations[0].settings.url", "destinations[1].name", "destinations[2].kind");
        assertThat(viewer.get("/api/shops/" + shop).statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsAKindSettingNamingItsFieldAndTheSettingsTheKindTakes() {
        String config = """
                {"status": "ACTIVE", "destinations": [
                  {"name": "cdp", "kind": "segment", "settings": {"region": "eu"}, "credentialsRef": "write-key"},
                  {"name": "analytics", "kind": "ga4", "settings": {"measurementId": "UA-1234-1", "valdiate": "true"},
                   "credentialsRef": "ga4-api-secret"}
                ]}""";

        HttpResponse<String> response = admin.put("/api/shops/" + shop, config);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "invalid-shop-config");
        JsonNode errors = json(response).get("errors");
        assertThat(errors.findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "destinations[1].settings.valdiate", "destinations[1].settings.measurementId");
        assertThat(errors.findValuesAsString("detail"))
                .anySatisfy(detail -> assertThat(detail).contains("did you mean validate?", "measurementId, validate"))
                .anySatisfy(detail -> assertThat(detail).contains("GA4 Measurement ID"));
        assertThat(viewer.get("/api/shops/" + shop).statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsABodyThatNamesAnotherShop() {
        String config = ConsoleFixtures.forShop("shop-config.json", "someone-else.myshopify.com");

        HttpResponse<String> response = admin.put("/api/shops/" + shop, config);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "invalid-shop-config");
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("shop");
    }

    @Test
    void rejectsAPathShopThatIsNotAShopDomainOnPut() {
        HttpResponse<String> response = admin.put("/api/shops/shop.example.com", "{\"status\": \"ACTIVE\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("shop");
    }

    @Test
    void rejectsAnUnknownFieldRatherThanDroppingIt() {
        HttpResponse<String> response =
                admin.put("/api/shops/" + shop, "{\"status\": \"ACTIVE\", \"polcy\": {\"purchaseOn\": \"paid\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "invalid-shop-config");
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("polcy");
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        HttpResponse<String> response = admin.put("/api/shops/" + shop, "status=ACTIVE");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "invalid-shop-config");
    }

    private static void assertProblem(HttpResponse<String> response, String code) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.get("type").asString()).endsWith("/" + code);
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
