package dev.orderrelay.console.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConsoleIntegrationTest
class DeadLetterApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ParkedEvents parked;

    @Autowired
    DeliveryClaims claims;

    private ConsoleApiClient viewer;
    private String shop;

    @BeforeEach
    void client() {
        viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
        shop = ConsoleFixtures.freshShop();
    }

    @Test
    void showsAShopsParkedEventsWithTheirReasonsButNotTheirMessages() {
        parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.PROCESS,
                null,
                null,
                "w-1",
                "unknown shop " + shop + ": configure it with PUT /api/shops/" + shop + ", then replay",
                1,
                "{\"body\":\"jane@example.com\"}"));

        HttpResponse<String> response = viewer.get("/api/dead-letters?shop=" + shop);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("jane@example.com");
        JsonNode letter = ConsoleApiClient.json(response).path("deadLetters").get(0);
        assertThat(letter.path("stage").asString()).isEqualTo("process");
        assertThat(letter.path("reason").asString()).contains("unknown shop");
        assertThat(letter.path("webhookId").asString()).isEqualTo("w-1");
        assertThat(letter.path("status").asString()).isEqualTo("PARKED");
        assertThat(letter.path("id").asString()).endsWith("@" + shop);
    }

    @Test
    void filtersByDestinationStageAndReason() {
        park(ParkedStage.DELIVER, "merchant-webhook", "HTTP 422 from destination");
        park(ParkedStage.DELIVER, "analytics", "HTTP 400 from destination");
        park(ParkedStage.PROCESS, null, "payload is not valid JSON");

        assertThat(count("&destination=analytics")).isEqualTo(1);
        assertThat(count("&stage=process")).isEqualTo(1);
        assertThat(count("&reason=http%20422")).isEqualTo(1);
        assertThat(count("")).isEqualTo(3);
    }

    @Test
    void showsOneDeadLetterWithItsMessageMaskedToSupportOnly() {
        ParkedEvent event = new DeadLetterFixtures(parked, claims).parkedEnvelope(shop, "820982911946154508");
        String path = "/api/dead-letters/" + event.id() + "@" + shop;
        ConsoleApiClient support =
                ConsoleApiClient.as(port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD);

        HttpResponse<String> response = support.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .doesNotContain("jane.doe@example.com")
                .doesNotContain("Jane")
                .doesNotContain("+15555550123")
                .doesNotContain("1 Main Street");
        JsonNode detail = ConsoleApiClient.json(response);
        assertThat(detail.path("deadLetter").path("orderId").asString()).isEqualTo("820982911946154508");
        assertThat(detail.path("message")
                        .path("body")
                        .path("customer")
                        .path("name")
                        .asString())
                .isEqualTo(MessageMasker.MASK);
        assertThat(detail.path("message")
                        .path("body")
                        .path("line_items")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("Blue mug");
        assertThat(viewer.get(path).statusCode()).isEqualTo(403);
    }

    @Test
    void listsOnlyParkedEventsUnlessAskedForOtherStatuses() {
        park(ParkedStage.DELIVER, "merchant-webhook", "HTTP 422 from destination");
        ParkedEvent replayed = parked.park(new ParkedEvents.Parking(
                shop, ParkedStage.DELIVER, "merchant-webhook", "2", null, "HTTP 400", 1, "{}"));
        parked.resolve(shop, replayed.id(), ParkedStatus.REPLAYED, "support", "replayed");

        assertThat(count("")).isEqualTo(1);
        assertThat(count("&status=replayed")).isEqualTo(1);
        assertThat(count("&status=all")).isEqualTo(2);
        assertThat(viewer.get("/api/dead-letters?shop=" + shop + "&status=lost").statusCode())
                .isEqualTo(400);
    }

    @Test
    void asksForTheShop() {
        HttpResponse<String> response = viewer.get("/api/dead-letters");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"shop-required\"");
    }

    @Test
    void isClosedToAnonymousCallers() {
        assertThat(ConsoleApiClient.anonymous(port)
                        .get("/api/dead-letters?shop=" + shop)
                        .statusCode())
                .isEqualTo(401);
    }

    private void park(ParkedStage stage, String destination, String reason) {
        parked.park(new ParkedEvents.Parking(shop, stage, destination, "1", null, reason, 1, "{}"));
    }

    private int count(String filter) {
        return ConsoleApiClient.json(viewer.get("/api/dead-letters?shop=" + shop + filter))
                .path("deadLetters")
                .size();
    }
}
