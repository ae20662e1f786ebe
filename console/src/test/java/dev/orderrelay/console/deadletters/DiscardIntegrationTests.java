package dev.orderrelay.console.deadletters;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConsoleIntegrationTest
class DiscardIntegrationTests {

    private static final String REASON = "test order placed by the merchant; confirmed with them";

    @LocalServerPort
    int port;

    @Autowired
    ParkedEvents parked;

    @Autowired
    DeliveryClaims claims;

    private DeadLetterFixtures fixtures;
    private ConsoleApiClient support;
    private String shop;

    @BeforeEach
    void setUp() {
        fixtures = new DeadLetterFixtures(parked, claims);
        support = ConsoleApiClient.as(port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD);
        shop = ConsoleFixtures.freshShop();
    }

    @Test
    void discardsWithWhoWhenAndWhyAndAuditsIt() {
        ParkedEvent event = fixtures.parkedDelivery(shop, "1");

        HttpResponse<String> response = support.post(discardPath(event), "{\"reason\": \"" + REASON + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("deadLetter").path("status").asString()).isEqualTo("DISCARDED");
        assertThat(parked.find(shop, event.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(ParkedStatus.DISCARDED);
            assertThat(stored.resolvedBy()).isEqualTo(ConsoleTestStack.SUPPORT);
            assertThat(stored.resolvedAt()).isNotNull();
            assertThat(stored.resolution()).isEqualTo(REASON);
        });
        JsonNode entry =
                json(support.get("/api/audit?shop=" + shop)).path("entries").get(0);
        assertThat(entry.path("action").asString()).isEqualTo("discard");
        assertThat(entry.path("actor").asString()).isEqualTo(ConsoleTestStack.SUPPORT);
        assertThat(entry.path("target").asString()).isEqualTo(event.id() + "@" + shop);
        assertThat(entry.path("count").asInt()).isEqualTo(1);
        assertThat(entry.path("outcome").asString()).isEqualTo("discarded");
        assertThat(entry.path("note").asString()).isEqualTo(REASON);
    }

    @Test
    void hidesDiscardedEventsFromTheDefaultListButShowsThemOnRequest() {
        ParkedEvent event = fixtures.parkedDelivery(shop, "2");
        fixtures.parkedDelivery(shop, "3");
        support.post(discardPath(event), "{\"reason\": \"duplicate of order 3\"}");

        assertThat(json(support.get("/api/dead-letters?shop=" + shop)).path("deadLetters"))
                .hasSize(1);
        JsonNode discarded = json(support.get("/api/dead-letters?shop=" + shop + "&status=discarded"))
                .path("deadLetters");
        assertThat(discarded).hasSize(1);
        assertThat(discarded.get(0).path("resolvedBy").asString()).isEqualTo(ConsoleTestStack.SUPPORT);
        assertThat(discarded.get(0).path("resolution").asString()).isEqualTo("duplicate of order 3");
        assertThat(json(support.get("/api/dead-letters?shop=" + shop + "&status=all"))
                        .path("deadLetters"))
                .hasSize(2);
    }

    @Test
    void asksForAReasonNamingTheField() {
        ParkedEvent event = fixtures.parkedDelivery(shop, "4");

        for (String body : new String[] {
            null,
            "{}",
            "{\"reason\": \"   \"}",
            "{\"reason\": 42}",
            "not json",
            "{\"reason\": \"" + "x".repeat(DiscardController.MAX_REASON + 1) + "\"}"
        }) {
            HttpResponse<String> response =
                    body == null ? support.post(discardPath(event)) : support.post(discardPath(event), body);

            assertThat(response.statusCode()).as(String.valueOf(body)).isEqualTo(400);
            assertThat(json(response).path("code").asString()).isEqualTo("invalid-discard");
            assertThat(json(response).path("errors").get(0).path("field").asString())
                    .isEqualTo("reason");
            assertThat(json(response).path("detail").asString()).startsWith("reason:");
        }
        assertThat(parked.find(shop, event.id()).orElseThrow().status()).isEqualTo(ParkedStatus.PARKED);
    }

    @Test
    void discardsAnEventOnlyWhileItIsParked() {
        ParkedEvent event = fixtures.parkedDelivery(shop, "5");
        support.post(discardPath(event), "{\"reason\": \"first\"}");

        HttpResponse<String> again = support.post(discardPath(event), "{\"reason\": \"second\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("code").asString()).isEqualTo("not-parked");
        assertThat(parked.find(shop, event.id()).orElseThrow().resolution()).isEqualTo("first");
    }

    private static String discardPath(ParkedEvent event) {
        return "/api/dead-letters/" + event.id() + "@" + event.shop() + "/discard";
    }
}
