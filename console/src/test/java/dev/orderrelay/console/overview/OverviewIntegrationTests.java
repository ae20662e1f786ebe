package dev.orderrelay.console.overview;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleQueues;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.console.PageSession;
import dev.orderrelay.ledger.LedgerTables;
import dev.orderrelay.ledger.activity.ActivityLog;
import dev.orderrelay.ledger.activity.ActivityMetric;
import dev.orderrelay.ledger.breakers.BreakerBoard;
import dev.orderrelay.ledger.breakers.BreakerState;
import dev.orderrelay.ledger.parked.OpenCounts;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import tools.jackson.databind.JsonNode;

/** The overview over HTTP, as a tool and a signed-in viewer read it, on figures the test writes to the ledger. */
@ConsoleIntegrationTest
class OverviewIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ActivityLog activity;

    @Autowired
    ParkedEvents parked;

    @Autowired
    BreakerBoard breakers;

    @Autowired
    LedgerTables tables;

    @Autowired
    Reconciliations reconciliations;

    @Autowired
    SqsAsyncClient sqs;

    @Autowired
    dev.orderrelay.console.ConsoleProperties properties;

    private String shop;
    private final String destination = "d-" + UUID.randomUUID().toString().substring(0, 8);
    private final String worker = "w-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        shop = ConsoleFixtures.freshShop();
        Instant now = Instant.now();
        activity.add(now.minus(Duration.ofMinutes(2)), ActivityMetric.RECEIVED, shop, 4);
        activity.add(now.minus(Duration.ofMinutes(2)), ActivityMetric.PROCESSED, shop, 3);
        activity.add(now.minus(Duration.ofMinutes(1)), ActivityMetric.PROCESSED, shop, 2);
        activity.add(now.minus(Duration.ofMinutes(1)), ActivityMetric.DELIVERED, "segment", 5);
        activity.recordAge(now, ConsoleQueues.INGEST, 65_000);
        parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.DELIVER,
                destination,
                "5512345678901",
                null,
                "segment '" + destination + "' (shop " + shop + ", order 5512345678901, purchase): Segment refused"
                        + " the event: jane@example.com is not a valid userId",
                3,
                "{}"));
        breakers.report(
                new BreakerState(worker, "endpoint/segment", "OPEN", now.minusSeconds(30), now), Duration.ofMinutes(2));
        breakers.reportClosed(worker, 11, Duration.ofMinutes(2));
    }

    @Test
    void givesAViewerTheOverviewAsJsonWithIsoTimes() {
        HttpResponse<String> response = viewer().get("/api/overview");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(Instant.parse(body.get("generatedAt").stringValue())).isCloseTo(Instant.now(), within());
        JsonNode live = body.get("live");
        assertThat(live.get("minutes")).hasSize(60);
        assertThat(Instant.parse(live.get("minutes").get(59).stringValue())).isCloseTo(Instant.now(), within());
        assertThat(seriesTotal(live.get("byStore"), shop)).isEqualTo(5);
        assertThat(seriesTotal(live.get("byDestination"), "segment")).isGreaterThanOrEqualTo(5);
        assertThat(live.get("stores")).anySatisfy(store -> {
            assertThat(store.get("shop").stringValue()).isEqualTo(shop);
            assertThat(store.get("received").asLong()).isEqualTo(4);
            assertThat(store.get("processed").asLong()).isEqualTo(5);
        });
        assertThat(body.get("queues")).anySatisfy(queue -> {
            assertThat(queue.get("name").stringValue()).isEqualTo(ConsoleQueues.INGEST);
            assertThat(queue.get("role").stringValue()).isEqualTo("ingest");
            assertThat(queue.get("visible").isNumber()).isTrue();
            assertThat(queue.get("oldestSeenSeconds").asLong()).isEqualTo(65);
        });
        assertThat(body.get("queues"))
                .filteredOn(queue -> queue.get("role").stringValue().equals("dead-letter"))
                .extracting(queue -> queue.get("name").stringValue())
                .contains("order-relay-ingest-dlq", "order-relay-deliveries-ga4-dlq");
        assertThat(body.get("deadLetters").get("rows")).anySatisfy(row -> {
            assertThat(row.get("destination").stringValue()).isEqualTo(destination);
            assertThat(row.get("reason").stringValue()).isEqualTo("Segment refused the event");
            assertThat(row.get("open").asLong()).isEqualTo(1);
        });
        assertThat(body.get("breakers").get("notClosed")).anySatisfy(breaker -> {
            assertThat(breaker.get("worker").stringValue()).isEqualTo(worker);
            assertThat(breaker.get("state").stringValue()).isEqualTo("OPEN");
            assertThat(Instant.parse(breaker.get("since").stringValue())).isBefore(Instant.now());
        });
        assertThat(body.get("breakers").get("closed").asLong()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void neverShowsTheCustomerDataAReasonCarries() {
        assertThat(viewer().get("/api/overview").body()).doesNotContain("jane@example.com", "5512345678901");
    }

    @Test
    void refusesAnAnonymousCaller() {
        assertThat(ConsoleApiClient.anonymous(port).get("/api/overview").statusCode())
                .isEqualTo(401);
    }

    @Test
    void showsTheOverviewPageAndItsLivePartToASignedInViewer() {
        PageSession pages = PageSession.signedIn(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);

        HttpResponse<String> page = pages.get("/console");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Orders processed per minute, by store", "id=\"chart-data\"", "data-chart=\"")
                .contains(shop, destination, "Segment refused the event", "endpoint/segment")
                .contains(ConsoleQueues.INGEST, "1 min 5 s")
                .contains("/console/assets/overview.js")
                .doesNotContain("jane@example.com", "<script>");

        HttpResponse<String> live = pages.get("/console/overview/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).startsWith("<div").contains("id=\"live\"", shop).doesNotContain("<html");
    }

    @Test
    void showsTheNewestReconciliationRunOnTheApiAndThePage() {
        Instant hour =
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(2));
        ReconciliationRun asked = reconciliations.request(shop, hour, hour.plus(Duration.ofHours(1)), "support");
        String newest = reconciliations.latest().orElseThrow().runId();

        JsonNode last = json(viewer().get("/api/overview")).get("lastReconciliation");

        assertThat(last.get("runId").stringValue()).isEqualTo(newest);
        if (newest.equals(asked.runId())) {
            assertThat(last.get("shop").stringValue()).isEqualTo(shop);
            assertThat(last.get("trigger").stringValue()).isEqualTo("REQUESTED");
            assertThat(last.get("state").stringValue()).isEqualTo("QUEUED");
        }
        String page = PageSession.signedIn(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD)
                .get("/console")
                .body();
        assertThat(page).contains("id=\"last-reconciliation\"", "/console/reconciliations/" + newest);
    }

    @Test
    void readsTheLedgerOnlyByKey() {
        RecordedDynamoDbCalls calls = new RecordedDynamoDbCalls();
        var dynamoDb = calls.client();
        OverviewService service = new OverviewService(
                new LiveActivity(new ActivityLog(dynamoDb, tables)),
                new QueueDepths(sqs, properties),
                new OpenCounts(dynamoDb, tables),
                new BreakerBoard(dynamoDb, tables, Clock.systemUTC()),
                new Reconciliations(
                        software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient.builder()
                                .dynamoDbClient(dynamoDb)
                                .build(),
                        dynamoDb,
                        tables,
                        Clock.systemUTC()),
                Clock.systemUTC());

        OverviewView view = service.overview();

        assertThat(view.live().stores()).extracting(LiveView.StoreTotals::shop).contains(shop);
        assertThat(calls.operations()).isNotEmpty().allMatch(op -> op.equals("Query") || op.equals("GetItem"));
    }

    private ConsoleApiClient viewer() {
        return ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
    }

    private static long seriesTotal(JsonNode series, String name) {
        for (JsonNode line : series) {
            if (line.get("name").stringValue().equals(name)) {
                long total = 0;
                for (JsonNode value : line.get("values")) {
                    total += value.asLong();
                }
                return total;
            }
        }
        return 0;
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(2, java.time.temporal.ChronoUnit.MINUTES);
    }
}
