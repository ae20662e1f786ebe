package dev.orderrelay.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.devstack.store.OrderOptions;
import dev.orderrelay.devstack.store.RefundOptions;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.StoreOrder;
import dev.orderrelay.devstack.store.StoreRefund;
import dev.orderrelay.devstack.store.WebhookTopic;
import dev.orderrelay.ledger.LedgerTables;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import dev.orderrelay.reconciler.run.ReconciliationJob;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.dynamodb2.DynamoDBLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reconciler in the whole local pipeline: the simulated store loses webhooks, a subscription, deletes an order;
 * the reconciler finds what is missing at the source, the worker delivers it, and every destination holds every
 * paid order exactly once. Runs are started by the tests, not the clock.
 */
class ReconciliationIntegrationTests {

    private static final String SHOP = "demo.myshopify.com";
    private static final List<String> KINDS = List.of("webhook", "ga4", "segment", "amplitude");
    private static final List<String> DESTINATIONS =
            List.of("demo-webhook", "demo-ga4", "demo-segment", "demo-amplitude");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext run;
    private static int port;

    @BeforeAll
    static void startTheLocalRun() {
        port = FreePort.pick();
        run = LocalRelayApplication.application()
                .run(LocalRunArguments.onFreePorts(
                        port,
                        "--relay.local.store.orders-per-minute=0",
                        "--relay.local.store.webhook-loss-rate=0",
                        "--relay.local.store.delete-subscription-after=0s",
                        "--relay.local.store.duplicate-rate=0.05",
                        "--relay.local.store.paid-delay=200ms",
                        "--relay.local.store.retry-base-delay=100ms",
                        "--relay.reconciler.enabled=false",
                        "--relay.reconciler.settle-delay=0s",
                        "--relay.reconciler.stalled-after=2s"));
    }

    @AfterAll
    static void stop() {
        run.close();
    }

    @Test
    void repairsLostOrdersAndLostRefundsToOneHundredPercentWithBeforeAndAfterFigures() throws Exception {
        SimulatedShopifyStore store = store();
        List<StoreOrder> arrived = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            arrived.add(store.createOrder(paid().build()));
        }
        StoreOrder lostOne = store.createOrder(paid().loseWebhooks().build());
        StoreOrder lostTwo = store.createOrder(paid().loseWebhooks().build());
        awaitPurchasesEverywhere(ids(arrived));
        StoreRefund lostRefund =
                store.refund(arrived.getFirst().id(), RefundOptions.full().loseWebhook());

        // Runs repeat as the schedule would: a run counts only what is older than its cut-off (whole seconds).
        await().atMost(WAIT)
                .until(() -> job().runScheduled()
                        && KINDS.stream()
                                .allMatch(kind -> purchaseIds(kind).containsAll(List.of(id(lostOne), id(lostTwo)))
                                        && refundedOrderIds(kind).contains(Long.toString(lostRefund.orderId()))));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(job().runScheduled()).isTrue();
            ThroughputRow row = hourOf(lostOne);
            assertThat(row.proven()).isTrue();
            assertThat(row.repaired()).isGreaterThanOrEqualTo(2);
            for (DestinationThroughput destination : row.destinations()) {
                assertThat(destination.percentAfterRepair(row.eligible())).isEqualByComparingTo("100.00");
                assertThat(destination.percentBeforeRepair(row.eligible()))
                        .as("before repair, %s", destination.destination())
                        .isLessThan(destination.percentAfterRepair(row.eligible()));
            }
        });
        assertEveryPaidOrderOnceEverywhere(store);
    }

    @Test
    void recreatesADeletedSubscriptionAndFindsTheOrdersItMissed() throws Exception {
        SimulatedShopifyStore store = store();
        assertThat(store.deleteSubscription(WebhookTopic.ORDERS_PAID)).isTrue();
        StoreOrder paidLater = store.createOrder(
                OrderOptions.builder().financialStatus("pending").build());
        await().atMost(WAIT)
                .until(() ->
                        run.getBean(OrderLedger.class).find(SHOP, id(paidLater)).isPresent());
        await().atMost(WAIT)
                .until(() -> store.order(paidLater.id())
                        .orElseThrow()
                        .financialStatus()
                        .equals("paid"));

        assertThat(job().runScheduled()).isTrue();

        assertThat(store.isSubscribed(WebhookTopic.ORDERS_PAID)).isTrue();
        await().atMost(WAIT).untilAsserted(() -> {
            job().runScheduled();
            assertThat(KINDS).allSatisfy(kind -> assertThat(purchaseIds(kind)).contains(id(paidLater)));
        });
        assertEveryPaidOrderOnceEverywhere(store);
    }

    @Test
    void findsALostOrderInAnHourWhereAnotherWasDeletedAtTheSource() throws Exception {
        SimulatedShopifyStore store = store();
        StoreOrder deleted = store.createOrder(paid().build());
        awaitPurchasesEverywhere(List.of(id(deleted)));
        store.deleteOrder(deleted.id());
        StoreOrder lost = store.createOrder(paid().loseWebhooks().build());

        await().atMost(WAIT)
                .until(() -> job().runScheduled()
                        && KINDS.stream().allMatch(kind -> purchaseIds(kind).contains(id(lost))));
        assertThat(run.getBean(OrderLedger.class)
                        .find(SHOP, id(lost))
                        .orElseThrow()
                        .foundByReconciler())
                .isTrue();
    }

    @Test
    void leavesOrdersOlderThanTheLookBackWindowAlone() {
        SimulatedShopifyStore store = store();
        StoreOrder old = store.createOrder(paid().createdAt(Instant.now().minus(Duration.ofHours(80)))
                .loseWebhooks()
                .build());

        assertThat(job().runScheduled()).isTrue();

        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> run.getBean(OrderLedger.class).find(SHOP, id(old)).isEmpty());
    }

    @Test
    void rerunsBeforeTheWorkerCatchesUpNeverDeliverAnOrderTwice() throws Exception {
        SimulatedShopifyStore store = store();
        StoreOrder lost = store.createOrder(paid().loseWebhooks().build());
        awaitPastCutoff(lost); // so each of the next runs finds it missing

        assertThat(job().runScheduled()).isTrue();
        assertThat(job().runScheduled()).isTrue();
        assertThat(job().runScheduled()).isTrue();

        awaitPurchasesEverywhere(List.of(id(lost)));
        assertEveryPaidOrderOnceEverywhere(store);
    }

    @Test
    void runsOneReconcilerAtATimeAcrossProcesses() throws Exception {
        DynamoDbClient dynamoDb = run.getBean(DynamoDbClient.class);
        LedgerTables tables = run.getBean(LedgerTables.class);
        // A second pod: its own lock provider on the same table.
        LockingTaskExecutor otherPod =
                new DefaultLockingTaskExecutor(new DynamoDBLockProvider(dynamoDb, tables.locks()));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean otherRan = new AtomicBoolean();
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                otherPod.executeWithLock(
                        (Runnable) () -> {
                            otherRan.set(true);
                            holding.countDown();
                            awaitRelease(release);
                        },
                        new LockConfiguration(
                                Instant.now(), ReconciliationJob.LOCK, Duration.ofMinutes(1), Duration.ZERO));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        boolean ran = job().runScheduled();

        release.countDown();
        first.join(Duration.ofSeconds(10));
        assertThat(otherRan).isTrue();
        assertThat(ran).as("the job while another pod holds the lock").isFalse();
        assertThat(job().runScheduled()).as("once the lock is free").isTrue();
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until a run started now counts the order: its cut-off is whole seconds, so the next second. */
    private static void awaitPastCutoff(StoreOrder order) {
        Instant created = order.createdAt().toInstant();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(created));
    }

    private static OrderOptions.Builder paid() {
        return OrderOptions.builder().financialStatus("paid");
    }

    private static ThroughputRow hourOf(StoreOrder order) {
        Instant hour = order.createdAt().toInstant().truncatedTo(ChronoUnit.HOURS);
        return run.getBean(ThroughputRows.class).find(SHOP, hour).orElseThrow();
    }

    private static void awaitPurchasesEverywhere(List<String> orderIds) {
        await().atMost(WAIT)
                .until(() -> KINDS.stream().allMatch(kind -> purchaseIds(kind).containsAll(orderIds)));
    }

    /** Every order the store holds paid and live reached every destination, and none twice. */
    private static void assertEveryPaidOrderOnceEverywhere(SimulatedShopifyStore store) throws Exception {
        for (String kind : KINDS) {
            JsonNode events = simulatorEvents(kind).path("events");
            List<String> purchases = new ArrayList<>();
            for (JsonNode event : events) {
                assertThat(event.path("duplicate").asBoolean())
                        .as("%s %s", kind, event)
                        .isFalse();
                if (!isRefund(event)) {
                    purchases.add(event.path("orderId").asString());
                }
            }
            assertThat(purchases).as(kind).doesNotHaveDuplicates();
        }
    }

    private static List<String> purchaseIds(String kind) {
        return orderIds(kind, false);
    }

    private static List<String> refundedOrderIds(String kind) {
        return orderIds(kind, true);
    }

    /** Each peer names events its own way (purchase, Order Completed, ...); refunds all say so. */
    private static boolean isRefund(JsonNode event) {
        return event.path("event").asString().toLowerCase(java.util.Locale.ROOT).contains("refund");
    }

    private static List<String> orderIds(String kind, boolean refunds) {
        List<String> ids = new ArrayList<>();
        try {
            for (JsonNode event : simulatorEvents(kind).path("events")) {
                if (isRefund(event) == refunds) {
                    ids.add(event.path("orderId").asString());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static JsonNode simulatorEvents(String kind) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + "/simulator/destinations/events?shop=" + SHOP + "&kind=" + kind))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static SimulatedShopifyStore store() {
        return run.getBean(LocalStoreRunner.class).store().orElseThrow();
    }

    private static ReconciliationJob job() {
        return run.getBean(ReconciliationJob.class);
    }

    private static String id(StoreOrder order) {
        return Long.toString(order.id());
    }

    private static List<String> ids(List<StoreOrder> orders) {
        return orders.stream().map(ReconciliationIntegrationTests::id).toList();
    }
}
