package dev.orderrelay.console.privacy;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.ledger.audit.AuditEntry;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConsoleIntegrationTest
class DataRequestApiIntegrationTests {

    /** An export as the worker writes it (trimmed): the customer's personal data, unmasked. */
    private static final String DOCUMENT = "{\"shop\":\"%s\",\"dataRequestId\":\"9999\",\"customer\":{\"id\":"
            + "\"9007199254740993\",\"email\":\"ada@example.com\"},\"orders\":[{\"orderId\":\"820982911946154508\","
            + "\"storedBodies\":[{\"personalData\":{\"shipping_address.address1\":\"12 St James's Square\"}}]}]}";

    @LocalServerPort
    int port;

    @Autowired
    DataRequestExports exports;

    @Autowired
    AuditLog audit;

    private String shop;

    @BeforeEach
    void export() {
        shop = ConsoleFixtures.freshShop();
        exports.save(
                shop,
                new DataRequestExports.Coverage("9999", "9007199254740993", "ada@example.com", 1, 0, 1),
                DOCUMENT.formatted(shop));
    }

    @Test
    void givesSupportTheExportAsTheWorkerStoredItAndAuditsTheRead() {
        HttpResponse<String> response = support().get(path("/9999"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(json(DOCUMENT.formatted(shop)));
        assertThat(response.body()).contains("\"id\":\"9007199254740993\"");
        List<AuditEntry> entries = audit.forShop(shop, Instant.now().minusSeconds(60), Instant.now(), 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(ConsoleTestStack.SUPPORT);
            assertThat(entry.action()).isEqualTo("data-request-read");
            assertThat(entry.target()).isEqualTo("data request 9999");
        });
    }

    @Test
    void listsTheShopsExportsNewestFirstWithoutNamingTheCustomer() {
        exports.save(shop, new DataRequestExports.Coverage("10000", "42", null, 0, 2, 0), "{}");

        HttpResponse<String> response = support().get(path(""));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json(response);
        assertThat(list.get("shop").asString()).isEqualTo(shop);
        assertThat(list.get("dataRequests").findValuesAsString("id")).containsExactly("10000", "9999");
        assertThat(list.get("dataRequests").get(1).get("orders").asInt()).isEqualTo(1);
        assertThat(list.get("dataRequests").get(1).get("expiresAt").asString()).endsWith("Z");
        assertThat(response.body()).doesNotContain("ada@example.com", "9007199254740993");
    }

    @Test
    void letsAnAdminReadAsSupportDoes() {
        HttpResponse<String> response = ConsoleApiClient.as(
                        port, ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD)
                .get(path("/9999"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void forbidsAViewerBothTheExportAndTheList() {
        ConsoleApiClient viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);

        for (HttpResponse<String> response : List.of(viewer.get(path("/9999")), viewer.get(path("")))) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).get("code").asString()).isEqualTo("forbidden");
            assertThat(response.body()).doesNotContain("ada@example.com");
        }
        assertThat(audit.forShop(shop, Instant.now().minusSeconds(60), Instant.now(), 10))
                .isEmpty();
    }

    @Test
    void challengesARequestWithoutCredentials() {
        assertThat(ConsoleApiClient.anonymous(port).get(path("/9999")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void answersNotFoundForAnUnknownExpiredOrMalformedIdAndInvalidShopForABadDomain() {
        HttpResponse<String> unknown = support().get(path("/12345"));
        HttpResponse<String> malformed = support().get(path("/not-an-id"));
        HttpResponse<String> badShop = support().get("/api/privacy/shops/EXAMPLE/data-requests/9999");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(unknown).get("code").asString()).isEqualTo("data-request-not-found");
        assertThat(json(malformed).get("code").asString()).isEqualTo("data-request-not-found");
        assertThat(badShop.statusCode()).isEqualTo(400);
        assertThat(json(badShop).get("code").asString()).isEqualTo("invalid-shop");
    }

    private ConsoleApiClient support() {
        return ConsoleApiClient.as(port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD);
    }

    private String path(String rest) {
        return "/api/privacy/shops/" + shop + "/data-requests" + rest;
    }
}
