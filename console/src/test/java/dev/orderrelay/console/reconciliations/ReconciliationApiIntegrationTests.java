package dev.orderrelay.console.reconciliations;

import static dev.orderrelay.console.ConsoleApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.console.ConsoleTestStack;
import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.reconciliations.RunFindings;
import dev.orderrelay.ledger.reconciliations.RunState;
import dev.orderrelay.ledger.reconciliations.RunTrigger;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConsoleIntegrationTest
class ReconciliationApiIntegrationTests {

    private static final Duration HOUR = Duration.ofHours(1);

    @LocalServerPort
    int port;

    @Autowired
    ShopRegistry shops;

    @Autowired
    Reconciliations runs;

    @Autowired
    ConsoleProperties properties;

    private ConsoleApiClient viewer;
    private ConsoleApiClient support;
    private String shop;
    private Instant from;
    private Instant to;

    @BeforeEach
    void setUp() {
        viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
        support = ConsoleApiClient.as(port, ConsoleTestStack.SUPPORT, ConsoleTestStack.SUPPORT_PASSWORD);
        shop = ConsoleFixtures.freshShop();
        shops.save(new ShopConfig(shop, ShopStatus.ACTIVE, Map.of(), List.of()));
        to = Instant.now();
        from = to.minus(Duration.ofHours(3));
    }

    /** No reconciler runs here: take what the tests queued, as one would, so the queue's cap starts afresh. */
    @AfterEach
    void drainQueue() {
        runs.queued(1000).forEach(run -> runs.claim(run.runId()));
    }

    @Test
    void queuesARunOfOneShopOverWholeHoursAndAnswers202WithItsLocation() {
        HttpResponse<String> response = support.post("/api/reconciliations", body(shop, from, to));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode run = json(response);
        String id = run.path("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/reconciliations/" + id);
        assertThat(run.path("state").asString()).isEqualTo("QUEUED");
        assertThat(run.path("shop").asString()).isEqualTo(shop);
        assertThat(run.path("from").asString())
                .isEqualTo(from.truncatedTo(ChronoUnit.HOURS).toString());
        assertThat(run.path("to").asString()).isEqualTo(endOfHourOrSame(to).toString());
        assertThat(run.path("trigger").asString()).isEqualTo("REQUESTED");
        assertThat(run.path("requestedBy").asString()).isEqualTo(ConsoleTestStack.SUPPORT);
        assertThat(runs.find(id)).hasValueSatisfying(stored -> {
            assertThat(stored.state()).isEqualTo(RunState.QUEUED);
            assertThat(stored.shop()).isEqualTo(shop);
            assertThat(stored.from()).isEqualTo(from.truncatedTo(ChronoUnit.HOURS));
        });
        assertThat(runs.queued(1000)).extracting(ReconciliationRun::runId).contains(id);
    }

    @Test
    void showsAQueuedRunAsQueuedToAViewer() {
        String location = support.post("/api/reconciliations", body(shop, from, to))
                .headers()
                .firstValue("Location")
                .orElseThrow();

        HttpResponse<String> response = viewer.get(location);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode run = json(response);
        assertThat(fieldNames(run))
                .containsExactly(
                        "id",
                        "shop",
                        "from",
                        "to",
                        "trigger",
                        "state",
                        "requestedBy",
                        "requestedAt",
                        "startedAt",
                        "finishedAt",
                        "progress",
                        "findings",
                        "error");
        assertThat(run.path("state").asString()).isEqualTo("QUEUED");
        assertThat(run.path("requestedAt").isString()).isTrue();
        assertThat(run.path("startedAt").isNull()).isTrue();
        assertThat(run.path("finishedAt").isNull()).isTrue();
        assertThat(run.path("error").isNull()).isTrue();
        assertThat(run.path("progress").path("hoursChecked").asInt()).isZero();
        assertThat(run.path("findings").path("requeued").asInt()).isZero();
    }

    @Test
    void auditsTheRequestWithWhoAndTheShopAndWindow() {
        String id = json(support.post("/api/reconciliations", body(shop, from, to)))
                .path("id")
                .asString();

        JsonNode entries = json(support.get("/api/audit?shop=" + shop)).path("entries");

        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.path("action").asString()).isEqualTo("reconciliation");
        assertThat(entry.path("actor").asString()).isEqualTo(ConsoleTestStack.SUPPORT);
        assertThat(entry.path("shop").asString()).isEqualTo(shop);
        assertThat(entry.path("target").asString()).isEqualTo(id);
        assertThat(entry.path("outcome").asString())
                .isEqualTo("queued: " + shop + " " + from.truncatedTo(ChronoUnit.HOURS) + "/" + endOfHourOrSame(to));
        assertThat(entry.path("at").asString()).isNotEmpty();
    }

    @Test
    void queuesARunOfEveryActiveShopWithoutAShopAndAuditsItUnderAllShops() {
        Instant before = Instant.now();

        HttpResponse<String> response =
                support.post("/api/reconciliations", "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        String id = json(response).path("id").asString();
        assertThat(json(response).path("shop").isNull()).isTrue();
        assertThat(runs.find(id).orElseThrow().shop()).isNull();
        JsonNode entries = json(support.get(
                        "/api/audit?from=" + before + "&to=" + Instant.now().plusSeconds(1)))
                .path("entries");
        List<JsonNode> mine = new ArrayList<>();
        entries.forEach(entry -> {
            if (entry.path("target").asString().equals(id)) {
                mine.add(entry);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("shop").asString()).isEqualTo("all-shops");
        assertThat(mine.get(0).path("action").asString()).isEqualTo("reconciliation");
    }

    @Test
    void reportsWhatARunFoundAndDidOnceTheReconcilerHasFinishedIt() {
        ReconciliationRun run = runs.request(shop, from.truncatedTo(ChronoUnit.HOURS), endOfHourOrSame(to), "ops");
        assertThat(runs.claim(run.runId())).isTrue();
        runs.progress(run.runId(), new RunFindings(4, 2, 1, 40, 1, 0, 0, 0, List.of(), List.of()));
        JsonNode running = json(viewer.get("/api/reconciliations/" + run.runId()));
        assertThat(running.path("state").asString()).isEqualTo("RUNNING");
        assertThat(running.path("startedAt").isString()).isTrue();
        assertThat(running.path("progress")).isEqualTo(json("{\"hoursTotal\": 4, \"hoursChecked\": 2}"));
        runs.finish(
                run.runId(),
                new RunFindings(
                        4,
                        4,
                        3,
                        81,
                        2,
                        1,
                        1,
                        3,
                        List.of(shop + " orders/paid"),
                        List.of("other.myshopify.com: no Admin API token")));

        JsonNode done = json(viewer.get("/api/reconciliations/" + run.runId()));

        assertThat(done.path("state").asString()).isEqualTo("DONE");
        assertThat(done.path("finishedAt").isString()).isTrue();
        assertThat(done.path("findings"))
                .isEqualTo(
                        json("{\"hoursProven\": 3, \"sourceOrders\": 81, \"missingOrders\": 2, \"missingRefunds\": 1,"
                                + " \"missingCancellations\": 1, \"stalledOrders\": 3, \"requeued\": 7,"
                                + " \"subscriptionsRecreated\": [\"" + shop + " orders/paid\"],"
                                + " \"problems\": [\"other.myshopify.com: no Admin API token\"]}"));
        assertThat(done.path("progress")).isEqualTo(json("{\"hoursTotal\": 4, \"hoursChecked\": 4}"));
    }

    @Test
    void showsWhyARunFailed() {
        ReconciliationRun run = runs.startScheduled(from.truncatedTo(ChronoUnit.HOURS), to);
        runs.fail(run.runId(), RunFindings.NONE, "SdkClientException: ledger unreachable");

        JsonNode failed = json(viewer.get("/api/reconciliations/" + run.runId()));

        assertThat(failed.path("state").asString()).isEqualTo("FAILED");
        assertThat(failed.path("trigger").asString()).isEqualTo(RunTrigger.SCHEDULED.name());
        assertThat(failed.path("requestedBy").asString()).isEqualTo("scheduler");
        assertThat(failed.path("error").asString()).isEqualTo("SdkClientException: ledger unreachable");
    }

    @Test
    void answersReconciliationNotFoundForAnUnknownId() {
        for (String id : List.of("20261124T101500Z-00000000", "not%20an%20id")) {
            HttpResponse<String> response = viewer.get("/api/reconciliations/" + id);

            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).path("code").asString()).isEqualTo("reconciliation-not-found");
        }
    }

    @Test
    void refusesEachInvalidRequestNamingTheFieldAndQueuesNothing() {
        Instant now = Instant.now();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"shop\": \"" + shop + "\", \"to\": \"" + to + "\"}", "from");
        bodies.put("{\"shop\": \"" + shop + "\", \"from\": \"" + from + "\"}", "to");
        bodies.put(body(shop, "yesterday", to.toString()), "from");
        bodies.put(body(shop, from.toString(), "2026-11-24"), "to");
        bodies.put(body(shop, to, from), "to");
        bodies.put(body(shop, to, to), "to");
        bodies.put(
                body(
                        shop,
                        now.minus(Duration.ofDays(61)),
                        now.minus(Duration.ofDays(61)).plus(HOUR)),
                "from");
        bodies.put(body(shop, now.minus(HOUR), now.plus(Duration.ofHours(3))), "to");
        bodies.put(body(shop, now.minus(Duration.ofHours(100)), now.minus(Duration.ofHours(10))), "from");
        bodies.put(body("Shop.example.com", from, to), "shop");
        bodies.put("{\"shop\": 42, \"from\": \"" + from + "\", \"to\": \"" + to + "\"}", "shop");
        bodies.put("{\"shopp\": \"" + shop + "\", \"from\": \"" + from + "\", \"to\": \"" + to + "\"}", "shopp");
        bodies.put("[]", "body");
        bodies.put("not json", "body");

        bodies.forEach((body, field) -> {
            HttpResponse<String> response = support.post("/api/reconciliations", body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).path("code").asString()).isEqualTo("invalid-reconciliation");
            assertThat(json(response).path("errors").findValuesAsString("field"))
                    .as(body)
                    .containsExactly(field);
            assertThat(json(response).path("detail").asString()).as(body).startsWith(field + ":");
        });
        HttpResponse<String> noBody = support.post("/api/reconciliations");
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(json(noBody).path("errors").findValuesAsString("field")).containsExactly("body");
        assertThat(runs.queued(1000)).isEmpty();
        assertThat(json(support.get("/api/audit?shop=" + shop)).path("entries")).isEmpty();
    }

    @Test
    void answersShopNotFoundForAShopWithoutConfigurationAndQueuesNothing() {
        String unknown = ConsoleFixtures.freshShop();

        HttpResponse<String> response = support.post("/api/reconciliations", body(unknown, from, to));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asString()).isEqualTo("shop-not-found");
        assertThat(json(response).path("detail").asString()).contains(unknown);
        assertThat(runs.queued(1000)).isEmpty();
    }

    @Test
    void forbidsAViewerToStartARun() {
        HttpResponse<String> response = viewer.post("/api/reconciliations", body(shop, from, to));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("code").asString()).isEqualTo("forbidden");
        assertThat(runs.queued(1000)).isEmpty();
    }

    @Test
    void refusesARequestWhileTheQueueIsFull() {
        int max = properties.reconciliations().maxQueued();
        for (int i = 0; i < max; i++) {
            runs.request(shop, from.truncatedTo(ChronoUnit.HOURS), endOfHourOrSame(to), "ops");
        }

        HttpResponse<String> response = support.post("/api/reconciliations", body(shop, from, to));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(json(response).path("code").asString()).isEqualTo("reconciliations-busy");
        assertThat(runs.queued(1000)).hasSize(max);
        runs.claim(runs.queued(1).get(0).runId());
        assertThat(support.post("/api/reconciliations", body(shop, from, to)).statusCode())
                .as("once a reconciler took one")
                .isEqualTo(202);
    }

    private static String body(String shop, Instant from, Instant to) {
        return body(shop, from.toString(), to.toString());
    }

    private static String body(String shop, String from, String to) {
        return "{\"shop\": \"" + shop + "\", \"from\": \"" + from + "\", \"to\": \"" + to + "\"}";
    }

    private static Instant endOfHourOrSame(Instant at) {
        Instant start = at.truncatedTo(ChronoUnit.HOURS);
        return start.equals(at) ? at : start.plus(HOUR);
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
