package dev.orderrelay.console.deadletters;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleQueues;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.ledger.audit.AuditEntry;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sqs.model.Message;

@ConsoleIntegrationTest
class DeadLetterReplayIntegrationTests {

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
    void replaysAParkedDeliveryWithItsClaimReopenedAndAudits() {
        ParkedEvent event = fixtures.parkedDelivery(shop, "820982911946154508");

        HttpResponse<String> response = support.post(replayPath(event));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("outcome").asString()).isEqualTo("replayed");
        assertThat(json(response).path("deadLetter").path("status").asString()).isEqualTo("REPLAYED");
        assertThat(delivery(DeadLetterFixtures.key(shop, "820982911946154508"))).satisfies(delivery -> {
            assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(delivery.attempts()).isZero();
        });
        List<Message> published = ConsoleQueues.take(ConsoleQueues.delivery("webhook"), shop);
        assertThat(published).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo(event.message());
            assertThat(ConsoleQueues.attribute(message, "destination")).isEqualTo(DeadLetterFixtures.DESTINATION);
        });
        assertThat(parked.find(shop, event.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(ParkedStatus.REPLAYED);
            assertThat(stored.resolvedBy()).isEqualTo(ConsoleTestStack.SUPPORT);
            assertThat(stored.resolvedAt()).isNotNull();
        });
        assertThat(auditEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(ConsoleTestStack.SUPPORT);
            assertThat(entry.action()).isEqualTo("replay");
            assertThat(entry.target()).isEqualTo(event.id() + "@" + shop);
            assertThat(entry.count()).isEqualTo(1);
            assertThat(entry.outcome()).isEqualTo("replayed");
        });
    }

    @Test
    void sendsNothingForADeliveryTheDestinationAlreadyAccepted() {
        DeliveryKey key = DeadLetterFixtures.key(shop, "1001");
        claims.register(key, "webhook", "k-1001");
        claims.markDelivered(((ClaimResult.Claimed) claims.claim(key, Duration.ofSeconds(30))).claim());
        ParkedEvent event = fixtures.parkDelivery(shop, "1001");

        HttpResponse<String> response = support.post(replayPath(event));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("outcome").asString()).isEqualTo("already-delivered");
        assertThat(ConsoleQueues.take(ConsoleQueues.delivery("webhook"), shop)).isEmpty();
        assertThat(delivery(key).state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(parked.find(shop, event.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(ParkedStatus.REPLAYED);
            assertThat(stored.resolution()).isEqualTo(DeadLetterReplayer.ALREADY_DELIVERED_NOTE);
        });
        assertThat(auditEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.count()).isZero();
            assertThat(entry.outcome()).isEqualTo("already-delivered");
        });
    }

    @Test
    void publishesOnceWhenReplaysOfOneEventRace() throws Exception {
        ParkedEvent event = fixtures.parkedDelivery(shop, "2002");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(() -> {
                start.await();
                return support.post(replayPath(event)).statusCode();
            });
        }

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> racer : racers) {
                results.add(pool.submit(racer));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        }

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(ConsoleQueues.take(ConsoleQueues.delivery("webhook"), shop)).hasSize(1);
    }

    @Test
    void replaysAParkedEnvelopeToTheIngestQueueAsAReplay() {
        ParkedEvent event = fixtures.parkedEnvelope(shop, "3003");

        HttpResponse<String> response = support.post(replayPath(event));

        assertThat(response.statusCode()).isEqualTo(200);
        List<Message> published = ConsoleQueues.take(ConsoleQueues.INGEST, shop);
        assertThat(published).singleElement().satisfies(message -> {
            assertThat(EnvelopeJson.read(message.body()).source()).isEqualTo(EnvelopeSource.REPLAY);
            assertThat(EnvelopeJson.read(message.body()).body())
                    .isEqualTo(EnvelopeJson.read(event.message()).body());
            assertThat(ConsoleQueues.attribute(message, "topic")).isEqualTo("orders/create");
        });
        assertThat(parked.find(shop, event.id()).orElseThrow().status()).isEqualTo(ParkedStatus.REPLAYED);
    }

    @Test
    void refusesToReplayAnUnreadableMessageAndChangesNothing() {
        for (ParkedStage stage : ParkedStage.values()) {
            ParkedEvent poison = fixtures.poison(shop, stage);

            HttpResponse<String> response = support.post(replayPath(poison));

            assertThat(response.statusCode()).as(stage.name()).isEqualTo(422);
            assertThat(json(response).path("code").asString()).isEqualTo("not-replayable");
            assertThat(json(response).path("detail").asString()).contains("Discard it");
            assertThat(parked.find(shop, poison.id()).orElseThrow().status()).isEqualTo(ParkedStatus.PARKED);
        }
        assertThat(ConsoleQueues.take(ConsoleQueues.INGEST, shop)).isEmpty();
        assertThat(ConsoleQueues.take(ConsoleQueues.delivery("webhook"), shop)).isEmpty();
        assertThat(auditEntries())
                .hasSize(ParkedStage.values().length)
                .allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo("refused: not-replayable"));
    }

    @Test
    void refusesToReplayADeliveryTheLedgerNeverRegistered() {
        ParkedEvent event = fixtures.parkDelivery(shop, "4004");

        HttpResponse<String> response = support.post(replayPath(event));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).path("code").asString()).isEqualTo("not-replayable");
        assertThat(parked.find(shop, event.id()).orElseThrow().status()).isEqualTo(ParkedStatus.PARKED);
    }

    @Test
    void refusesToReplayAnEventThatIsNoLongerParked() {
        ParkedEvent event = fixtures.parkedDelivery(shop, "5005");
        support.post(replayPath(event));

        HttpResponse<String> again = support.post(replayPath(event));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("code").asString()).isEqualTo("not-parked");
        assertThat(json(again).path("detail").asString()).contains(ConsoleTestStack.SUPPORT);
        assertThat(ConsoleQueues.take(ConsoleQueues.delivery("webhook"), shop)).hasSize(1);
    }

    @Test
    void keepsTheEventParkedWhenTheQueueRefusesTheReplay() {
        String queue = ConsoleQueues.delivery("segment");
        String orderId = "6006";
        DeliveryKey key = DeadLetterFixtures.key(shop, orderId);
        ParkedEvent event = fixtures.parkedDelivery(shop, orderId);
        ParkedEvent segment = parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.DELIVER,
                key.destination(),
                orderId,
                null,
                event.reason(),
                1,
                event.message().replace("\"kind\":\"webhook\"", "\"kind\":\"segment\"")));
        Devstack.shared().sqs().deleteQueue(b -> b.queueUrl(Devstack.shared().queueUrl(queue)));
        HttpResponse<String> response;
        try {
            response = support.post(replayPath(segment));
        } finally {
            Devstack.shared().sqs().createQueue(b -> b.queueName(queue));
        }

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).path("code").asString()).isEqualTo("queue-unavailable");
        assertThat(parked.find(shop, segment.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(ParkedStatus.PARKED);
            assertThat(stored.resolvedBy()).isNull();
        });
        assertThat(support.post(replayPath(segment)).statusCode()).isEqualTo(200);
        assertThat(ConsoleQueues.take(queue, shop)).hasSize(1);
    }

    @Test
    void answersNotFoundForAnIdThatNamesNoDeadLetter() {
        HttpResponse<String> response = support.post("/api/dead-letters/0001-nope@" + shop + "/replay");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asString()).isEqualTo("dead-letter-not-found");
        assertThat(support.post("/api/dead-letters/not-an-id/replay").statusCode())
                .isEqualTo(404);
    }

    @Test
    void forbidsAViewerToReplayOrDiscardWithAProblem() {
        ParkedEvent event = fixtures.parkedDelivery(shop, "7007");
        ConsoleApiClient viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);

        HttpResponse<String> replay = viewer.post(replayPath(event));
        HttpResponse<String> discard =
                viewer.post("/api/dead-letters/" + event.id() + "@" + shop + "/discard", "{\"reason\": \"no\"}");
        HttpResponse<String> bulk = viewer.post("/api/dead-letters/replay?shop=" + shop + "&dryRun=true");

        for (HttpResponse<String> response : List.of(replay, discard, bulk)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).path("code").asString()).isEqualTo("forbidden");
        }
        assertThat(parked.find(shop, event.id()).orElseThrow().status()).isEqualTo(ParkedStatus.PARKED);
        assertThat(ConsoleQueues.take(ConsoleQueues.delivery("webhook"), shop)).isEmpty();
    }

    private String replayPath(ParkedEvent event) {
        return "/api/dead-letters/" + event.id() + "@" + event.shop() + "/replay";
    }

    private DeliveryRecord delivery(DeliveryKey key) {
        return claims.forOrder(key.shop(), key.orderId()).stream()
                .filter(record -> record.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private List<AuditEntry> auditEntries() {
        return audit.forShop(shop, testStart, Instant.now().plusSeconds(1), 100);
    }
}
