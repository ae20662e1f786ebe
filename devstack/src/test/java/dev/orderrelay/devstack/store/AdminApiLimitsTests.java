package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.devstack.store.admin.AdminApiStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The Admin API's gate and limits: token, cost model, leaky bucket, throttling, the single-query maximum. */
class AdminApiLimitsTests {

    private final RecordingWebhookServer receiver = new RecordingWebhookServer();
    private final List<SimulatedShopifyStore> stores = new ArrayList<>();

    @AfterEach
    void stop() {
        stores.forEach(SimulatedShopifyStore::close);
        receiver.close();
    }

    private SimulatedShopifyStore store(UnaryOperator<SimulatedStoreSettingsBuilder> change) {
        SimulatedShopifyStore store = new SimulatedShopifyStore(
                change.apply(StoreFixtures.settings(receiver.uri()).paidDelay(Duration.ofHours(1)))
                        .build(),
                AppSecret.of(SECRET),
                AdminAccessToken.of(AdminGraphql.TOKEN));
        stores.add(store);
        return store;
    }

    @Test
    void refusesAMissingOrWrongTokenWithShopifysAnswer() {
        SimulatedShopifyStore store = store(settings -> settings);
        AdminGraphql api = new AdminGraphql(store.adminApiUri());
        String query = AdminGraphql.document("OrdersCount");

        for (String token : new String[] {null, "shpat_wrong"}) {
            AdminGraphql.Answer answer = api.query(query, Map.of("query", ""), token);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body().get("errors").asString())
                    .isEqualTo("[API] Invalid API key or access token (unrecognized login or wrong password)");
            assertThat(answer.body().has("data")).isFalse();
        }
        assertThat(store.adminApiStats().unauthorized()).isEqualTo(2);
        assertThat(store.adminApiStats().requests()).isZero();
    }

    @ParameterizedTest(name = "{0} requests {1}")
    @CsvSource({
        "OrdersCount, 1",
        "OrdersCreated, 252",
        "OrdersUpdated, 552",
        "Order, 750",
        "OrderLineItems, 653",
        "RefundLineItems, 403",
        "WebhookSubscriptions, 52",
        "WebhookSubscriptionCreate, 12"
    })
    void chargesEachDocumentItsRequestedCostAndReportsItWithTheBucket(String document, int requested) {
        SimulatedShopifyStore store = store(settings -> settings);
        StoreOrder order = store.createOrder(OrderOptions.builder()
                .financialStatus("paid")
                .shape(OrderShape.SMALL)
                .build());
        StoreRefund refund = store.refund(order.id(), RefundOptions.full());
        Map<String, Object> variables = switch (document) {
            case "OrdersCount", "OrdersCreated", "OrdersUpdated" -> Map.of("query", "");
            case "Order" -> Map.of("id", order.gid());
            case "OrderLineItems" -> Map.of("id", order.gid(), "after", "bGluZUl0ZW1zOjA");
            case "RefundLineItems" -> Map.of("id", refund.gid());
            case "WebhookSubscriptions" -> Map.of("topics", List.of("ORDERS_CREATE"));
            default -> Map.of("topic", "ORDERS_CREATE", "uri", receiver.uri().toString());
        };

        AdminGraphql.Answer answer = new AdminGraphql(store.adminApiUri()).run(document, variables);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().has("errors"))
                .as("errors in %s", answer.body())
                .isFalse();
        JsonNode cost = answer.cost();
        assertThat(cost.get("requestedQueryCost").asInt()).isEqualTo(requested);
        int actual = cost.get("actualQueryCost").asInt();
        assertThat(actual).isBetween(1, requested);
        JsonNode bucket = cost.get("throttleStatus");
        assertThat(bucket.get("maximumAvailable").asDouble()).isEqualTo(2000.0);
        assertThat(bucket.get("restoreRate").asDouble()).isEqualTo(100.0);
        assertThat(bucket.get("currentlyAvailable").asDouble()).isBetween(2000.0 - actual, 2000.0);
        assertThat(store.adminApiStats().pointsCharged()).isEqualTo(actual);
    }

    @Test
    void throttlesAQueryTheBucketCannotPayForWith200AndTakesNothing() {
        SimulatedShopifyStore store =
                store(settings -> settings.adminApiBucketSize(100).adminApiRestoreRate(1));
        AdminGraphql api = new AdminGraphql(store.adminApiUri());

        AdminGraphql.Answer answer = api.run("OrdersCreated", Map.of("query", ""));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errorCode()).isEqualTo("THROTTLED");
        assertThat(answer.body().get("errors").get(0).get("message").asString()).isEqualTo("Throttled");
        assertThat(answer.body().has("data")).isFalse();
        assertThat(answer.cost().get("requestedQueryCost").asInt()).isEqualTo(252);
        assertThat(answer.cost().get("actualQueryCost").isNull()).isTrue();
        assertThat(answer.cost().get("throttleStatus").get("currentlyAvailable").asDouble())
                .isEqualTo(100.0);
        // A query the bucket can pay for still runs.
        AdminGraphql.Answer cheap = api.run("OrdersCount", Map.of("query", ""));
        assertThat(cheap.data().get("ordersCount").get("count").asInt()).isZero();
        assertThat(store.adminApiStats().throttled()).isEqualTo(1);
    }

    @Test
    void throttlesQueriesItCouldAffordOnceTheBucketIsThrottledAndServesThemAgainWhenRestored() {
        SimulatedShopifyStore store = store(settings -> settings);
        AdminGraphql api = new AdminGraphql(store.adminApiUri());
        assertThat(api.run("OrdersCreated", Map.of("query", "")).errorCode()).isEmpty();

        store.throttleAdminApi(50, 2);

        assertThat(store.adminApiBucket())
                .containsEntry("maximumAvailable", 50.0)
                .containsEntry("restoreRate", 2.0);
        assertThat(api.run("OrdersCreated", Map.of("query", "")).errorCode()).isEqualTo("THROTTLED");

        store.restoreAdminApiBucket();

        assertThat(store.adminApiBucket()).containsEntry("maximumAvailable", 2000.0);
        // The points already spent come back at the configured rate, not at once.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.run("OrdersCreated", Map.of("query", ""))
                        .errorCode()
                        .isEmpty());
    }

    @Test
    void throttlesWith429AndRetryAfterWhenSetTo() {
        SimulatedShopifyStore store = store(settings ->
                settings.adminApiBucketSize(100).adminApiRestoreRate(10).adminApiThrottleStatus(429));

        AdminGraphql.Answer answer = new AdminGraphql(store.adminApiUri()).run("OrdersCreated", Map.of("query", ""));

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.errorCode()).isEqualTo("THROTTLED");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("16");
        assertThat(answer.cost().get("requestedQueryCost").asInt()).isEqualTo(252);
    }

    @Test
    void neverSpendsMoreThanTheBucketHoldsUnderConcurrentQueries() throws Exception {
        SimulatedShopifyStore store =
                store(settings -> settings.adminApiBucketSize(1000).adminApiRestoreRate(1));
        for (int i = 0; i < 5; i++) {
            store.createOrder(OrderShape.SMALL);
        }
        AdminGraphql api = new AdminGraphql(store.adminApiUri());
        // Requested and actual cost are both 2 + 5 nodes: nothing comes back, so 200 queries need 1,400 points.
        String query = "query { orders(first: 5) { nodes { id } } }";
        long startedAt = System.nanoTime();
        List<Future<AdminGraphql.Answer>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 200; i++) {
                answers.add(callers.submit(() -> api.query(query, Map.of(), AdminGraphql.TOKEN)));
            }
        }
        double elapsedSeconds = (System.nanoTime() - startedAt) / 1e9;

        int served = 0;
        int throttled = 0;
        for (Future<AdminGraphql.Answer> future : answers) {
            AdminGraphql.Answer answer = future.get();
            assertThat(answer.cost()
                            .get("throttleStatus")
                            .get("currentlyAvailable")
                            .asDouble())
                    .isGreaterThanOrEqualTo(0);
            if (answer.errorCode().equals("THROTTLED")) {
                throttled++;
            } else {
                assertThat(answer.data().get("orders").get("nodes")).hasSize(5);
                served++;
            }
        }
        AdminApiStats stats = store.adminApiStats();
        assertThat(throttled).isPositive().isEqualTo((int) stats.throttled());
        assertThat(served * 7.0).isLessThanOrEqualTo(1000 + elapsedSeconds + 1);
        assertThat(stats.pointsCharged()).isEqualTo(served * 7L);
        assertThat(stats.lowestAvailable()).isBetween(0.0, 6.0);
        assertThat(stats.requests()).isEqualTo(200);
    }

    @Test
    void refusesAQueryAboveTheMaximumCostWithoutTouchingTheBucket() {
        SimulatedShopifyStore store = store(settings -> settings);
        String query = "query { orders(first: 250) { nodes { lineItems(first: 250) { nodes { id } } } } }";

        AdminGraphql.Answer answer = new AdminGraphql(store.adminApiUri()).query(query, Map.of(), AdminGraphql.TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errorCode()).isEqualTo("MAX_COST_EXCEEDED");
        assertThat(answer.body().has("data")).isFalse();
        assertThat(answer.cost().get("requestedQueryCost").asInt()).isEqualTo(2 + 250 * (1 + 2 + 250));
        assertThat(answer.cost().get("throttleStatus").get("currentlyAvailable").asDouble())
                .isEqualTo(2000.0);
        assertThat(store.adminApiStats().maxCostExceeded()).isEqualTo(1);
    }

    @Test
    void answersAnInvalidDocumentWithValidationErrorsNotAThrottle() {
        SimulatedShopifyStore store = store(settings -> settings);

        AdminGraphql.Answer answer = new AdminGraphql(store.adminApiUri())
                .query("query { orders(first: 1) { nodes { noSuchField } } }", Map.of(), AdminGraphql.TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("errors").get(0).get("message").asString()).contains("noSuchField");
        assertThat(answer.errorCode()).isNotEqualTo("THROTTLED");
        assertThat(answer.cost().get("throttleStatus").get("currentlyAvailable").asDouble())
                .isEqualTo(2000.0);
    }
}
