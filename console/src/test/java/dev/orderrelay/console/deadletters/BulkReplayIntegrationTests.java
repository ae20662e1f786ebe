package dev.orderrelay.console.deadletters;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleQueues;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.ledger.audit.AuditEntry;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;

@ConsoleIntegrationTest
class BulkReplayIntegrationTests {

    private static final int MATCHING = 30;

    @LocalServerPort
    int port;

    @Autowired
    ParkedEvents parked;

    @Autowired
    DeliveryClaims claims;

    @Autowired
    AuditLog audit;

    private DeadLetterFixtures fixtures;
    private ConsoleApiClient support;
    private String shop;
    private final Instant testStart = Instant.now().minusSeconds(1);

    @BeforeEach
    void setUp() {
        fixtures = new DeadLetterFixtures(parked, claims);
        support = ConsoleApiClient.as(port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD);
        shop = ConsoleFixtures.freshShop();
    }

    @Test
    void countsFirstThenReplaysEveryMatchOfTheShopAcrossPagesAndNoOtherShop() {
        List<ParkedEvent> matching = new ArrayList<>();
        for (int i = 0; i < MATCHING; i++) {
            matching.add(fixtures.parkedDelivery(shop, Integer.toString(10_000 + i)));
        }
        DeliveryKey delivered = DeadLetterFixtures.key(shop, "delivered-1");
        claims.register(delivered, "webhook", "k-delivered");
        claims.markDelivered(((ClaimResult.Claimed) claims.claim(delivered, Duration.ofSeconds(30))).claim());
        ParkedEvent alreadyDelivered = fixtures.parkDelivery(shop, "delivered-1");
        ParkedEvent poison = fixtures.poison(shop, ParkedStage.DELIVER);
        ParkedEvent otherStage = fixtures.parkedEnvelope(shop, "20000");
        String otherShop = ConsoleFixtures.freshShop();
        List<ParkedEvent> otherShops = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            otherShops.add(fixtures.parkedDelivery(otherShop, Integer.toString(30_000 + i)));
        }
        String filter = "shop=" + shop + "&destination=" + DeadLetterFixtures.DESTINATION + "&stage=deliver";

        HttpResponse<String> dryRun = support.post("/api/dead-letters/replay?" + filter + "&dryRun=true");

        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(json(dryRun).path("count").asInt()).isEqualTo(MATCHING + 2);
        assertThat(ConsoleQueues.take(ConsoleQueues.delivery("webhook"), shop)).isEmpty();
        assertThat(parked.find(shop, matching.getFirst().id()).orElseThrow().status())
                .isEqualTo(ParkedStatus.PARKED);

        HttpResponse<String> started = support.post("/api/dead-letters/replay?" + filter);

        assertThat(started.statusCode()).isEqualTo(202);
        String jobId = json(started).path("id").asString();
        assertThat(json(started).path("count").asInt()).isEqualTo(MATCHING + 2);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/dead-letters/replays/" + jobId);
        JsonNode done = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> json(support.get("/api/dead-letters/replays/" + jobId)),
                        job -> !job.path("state").asString().equals("RUNNING"));
        assertThat(done.path("state").asString()).isEqualTo("DONE");
        assertThat(done.path("total").asInt()).isEqualTo(MATCHING + 2);
        assertThat(done.path("replayed").asInt()).isEqualTo(MATCHING);
        assertThat(done.path("skipped").asInt()).as("already delivered").isEqualTo(1);
        assertThat(done.path("failed").asInt()).as("poison").isEqualTo(1);
        assertThat(done.path("startedBy").asString()).isEqualTo(ConsoleTestStack.SUPPORT);
        assertThat(done.path("finishedAt").asString()).isNotBlank();

        List<Message> published = ConsoleQueues.take(ConsoleQueues.delivery("webhook"), shop);
        Set<String> orderIds = published.stream()
                .map(message -> json(message.body()).path("orderId").asString())
                .collect(Collectors.toSet());
        assertThat(published).hasSize(MATCHING);
        assertThat(orderIds)
                .containsExactlyInAnyOrderElementsOf(
                        matching.stream().map(ParkedEvent::orderId).toList());
        assertThat(matching)
                .allSatisfy(event -> assertThat(
                                parked.find(shop, event.id()).orElseThrow().status())
                        .isEqualTo(ParkedStatus.REPLAYED));
        assertThat(parked.find(shop, alreadyDelivered.id()).orElseThrow().status())
                .isEqualTo(ParkedStatus.REPLAYED);
        assertThat(parked.find(shop, poison.id()).orElseThrow().status()).isEqualTo(ParkedStatus.PARKED);
        assertThat(parked.find(shop, otherStage.id()).orElseThrow().status()).isEqualTo(ParkedStatus.PARKED);
        assertThat(otherShops)
                .allSatisfy(event -> assertThat(
                                parked.find(otherShop, event.id()).orElseThrow().status())
                        .isEqualTo(ParkedStatus.PARKED));
        assertThat(ConsoleQueues.take(ConsoleQueues.delivery("webhook"), otherShop))
                .isEmpty();

        List<AuditEntry> entries = audit.forShop(shop, testStart, Instant.now().plusSeconds(1), 100);
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly("replay-filter", "replay-filter", "replay-dry-run");
        assertThat(entries).extracting(AuditEntry::count).containsExactly(MATCHING, MATCHING + 2, MATCHING + 2);
        assertThat(entries.getFirst().outcome()).startsWith("done: replayed " + MATCHING);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(ConsoleTestStack.SUPPORT));
    }

    @Test
    void replaysNothingWithoutAShop() {
        HttpResponse<String> response = support.post("/api/dead-letters/replay?destination=x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asString()).isEqualTo("shop-required");
    }

    @Test
    void refusesAnUnknownStageNamingTheParameter() {
        HttpResponse<String> response = support.post("/api/dead-letters/replay?shop=" + shop + "&stage=sideways");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asString()).isEqualTo("invalid-filter");
        assertThat(json(response).path("errors").get(0).path("field").asString())
                .isEqualTo("stage");
    }

    @Test
    void answersNotFoundForAnUnknownJobAndKeepsProgressFromViewers() {
        assertThat(support.get("/api/dead-letters/replays/no-such-job").statusCode())
                .isEqualTo(404);
        assertThat(ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD)
                        .get("/api/dead-letters/replays/no-such-job")
                        .statusCode())
                .isEqualTo(403);
    }
}
