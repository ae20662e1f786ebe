package dev.orderrelay.console.audit;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.ledger.audit.AuditEntry;
import dev.orderrelay.ledger.audit.AuditLog;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConsoleIntegrationTest
class AuditApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    private ConsoleApiClient support;
    private String shop;

    @BeforeEach
    void setUp() {
        support = ConsoleApiClient.as(port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD);
        shop = ConsoleFixtures.freshShop();
    }

    @Test
    void auditsAShopConfigurationChangeWithoutItsSettings() {
        ConsoleApiClient admin = ConsoleApiClient.as(port, ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD);

        assertThat(admin.put("/api/shops/" + shop, ConsoleFixtures.forShop("shop-config.json", shop))
                        .statusCode())
                .isEqualTo(200);

        JsonNode entries = json(support.get("/api/audit?shop=" + shop)).path("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("action").asString()).isEqualTo("shop-config");
        assertThat(entries.get(0).path("actor").asString()).isEqualTo(ConsoleTestStack.ADMIN);
        assertThat(entries.get(0).path("outcome").asString())
                .contains("status=ACTIVE")
                .contains("merchant-webhook(webhook)")
                .doesNotContain("token=abc123");
    }

    @Test
    void listsEveryShopsEntriesInATimeRangeNewestFirst() {
        Instant from = Instant.now();
        AuditEntry first = record(shop);
        AuditEntry second = record(ConsoleFixtures.freshShop());
        Instant to = Instant.now().plusSeconds(1);

        HttpResponse<String> response = support.get("/api/audit?from=" + from + "&to=" + to + "&limit=1000");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).path("entries").forEach(entry -> ids.add(entry.path("id").asString()));
        assertThat(ids).containsSubsequence(second.id(), first.id());
        assertThat(json(support.get("/api/audit?from=" + from + "&to=" + to + "&limit=1"))
                        .path("more")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void refusesARangeItCannotServeNamingTheParameter() {
        HttpResponse<String> badTime = support.get("/api/audit?from=yesterday");
        HttpResponse<String> tooLong = support.get("/api/audit?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z");

        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(json(badTime).path("code").asString()).isEqualTo("invalid-audit-query");
        assertThat(json(badTime).path("errors").get(0).path("field").asString()).isEqualTo("from");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).path("detail").asString()).contains("31 days");
    }

    @Test
    void keepsTheTrailFromViewers() {
        HttpResponse<String> response = ConsoleApiClient.as(
                        port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD)
                .get("/api/audit?shop=" + shop);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("code").asString()).isEqualTo("forbidden");
    }

    private AuditEntry record(String inShop) {
        return audit.record(new AuditLog.Recording("support", "replay", inShop, "x@" + inShop, 1, "replayed", null));
    }
}
