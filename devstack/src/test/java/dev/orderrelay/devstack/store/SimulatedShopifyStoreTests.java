package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** The store's life cycle: the order rate, closing, thread safety, reproducibility and what it logs. */
class SimulatedShopifyStoreTests {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final RecordingWebhookServer server = new RecordingWebhookServer();
    private final List<SimulatedShopifyStore> stores = new ArrayList<>();

    @AfterEach
    void stop() {
        stores.forEach(SimulatedShopifyStore::close);
        server.close();
    }

    private SimulatedShopifyStore store(UnaryOperator<SimulatedStoreSettingsBuilder> change, Clock clock) {
        SimulatedShopifyStore store = new SimulatedShopifyStore(
                change.apply(StoreFixtures.settings(server.uri())).build(), AppSecret.of(SECRET), clock);
        stores.add(store);
        return store;
    }

    private SimulatedShopifyStore store(UnaryOperator<SimulatedStoreSettingsBuilder> change) {
        return store(change, Clock.systemUTC());
    }

    @Test
    void createsOrdersAtTheConfiguredRate() {
        // 1,200 a minute is one every 50 ms.
        SimulatedShopifyStore store = store(settings -> settings.ordersPerMinute(1_200));
        long startedAt = System.nanoTime();

        store.start();
        await().atMost(WAIT).until(() -> store.orders().size() >= 3);
        store.close();

        long elapsedMillis = Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
        int created = store.orders().size();
        assertThat(created).isBetween(3, (int) (elapsedMillis / 50) + 2);
        assertThat(store.stats().ordersCreated()).isEqualTo(created);
    }

    @Test
    void createsNoOrdersOnItsOwnAtARateOfZero() {
        SimulatedShopifyStore store = store(settings -> settings.ordersPerMinute(0));

        store.start();

        await().during(Duration.ofMillis(300))
                .atMost(WAIT)
                .until(() -> store.orders().isEmpty());
    }

    @Test
    void refusesNewOrdersOnceClosed() {
        SimulatedShopifyStore store = store(settings -> settings);
        store.close();

        assertThatThrownBy(store::createOrder)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void keepsEveryOrderWhenManyThreadsCreateThemAtOnce() throws Exception {
        SimulatedShopifyStore store = store(settings -> settings.paidDelay(Duration.ofHours(1)));
        List<Future<StoreOrder>> futures = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 40; i++) {
                futures.add(callers.submit(() -> store.createOrder()));
            }
        }

        for (Future<StoreOrder> future : futures) {
            future.get();
        }
        List<StoreOrder> orders = store.orders();
        assertThat(orders).hasSize(40);
        assertThat(orders).extracting(StoreOrder::id).doesNotHaveDuplicates().isSorted();
        assertThat(orders)
                .extracting(StoreOrder::name)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1001, 1040).mapToObj(n -> "#" + n).toList());
        await().atMost(WAIT)
                .until(() -> store.stats().topic(WebhookTopic.ORDERS_CREATE).acked() == 40);
    }

    @Test
    void replaysTheSameOrdersForTheSameSeed() {
        Clock fixed = Clock.fixed(Instant.parse("2026-10-01T17:34:56Z"), ZoneOffset.UTC);
        SimulatedShopifyStore first = store(settings -> settings.seed(99).paidDelay(Duration.ofHours(1)), fixed);
        SimulatedShopifyStore second = store(settings -> settings.seed(99).paidDelay(Duration.ofHours(1)), fixed);

        for (int i = 0; i < 5; i++) {
            assertThat(second.createOrder().restJson())
                    .isEqualTo(first.createOrder().restJson());
        }
    }

    @Test
    void neverLogsBodiesSignaturesSecretsOrCustomerData() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.orderrelay.devstack.store");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        Level previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        try {
            // Exercise every log line: created, retried, acked, duplicated, failed and removed.
            SimulatedShopifyStore store = store(settings -> settings.duplicateRate(1.0)
                    .maxRetries(1)
                    .removalThreshold(2)
                    .paidDelay(Duration.ofMillis(50)));
            server.answer((request, seen) -> "orders/create".equals(request.topic()) && seen > 1 ? 200 : 503);
            store.createOrder(OrderShape.LARGE);
            store.createOrder();
            await().atMost(WAIT)
                    .until(() -> !store.isSubscribed(WebhookTopic.ORDERS_PAID)
                            && store.stats().topic(WebhookTopic.ORDERS_CREATE).duplicatesSent() == 2);
            store.close();
        } finally {
            logger.detachAppender(logs);
            logger.setLevel(previous);
        }

        List<String> lines =
                logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anyMatch(line -> line.startsWith("order created name=#1001"));
        assertThat(lines).anyMatch(line -> line.startsWith("subscription removed"));
        for (ReceivedWebhook request : server.received()) {
            JsonNode order = request.json();
            List<String> secrets = List.of(
                    SECRET,
                    request.header(ShopifyHeader.HMAC_SHA256),
                    order.get("email").asString(),
                    order.get("customer").get("first_name").asString(),
                    order.get("customer").get("last_name").asString(),
                    order.get("landing_site").asString(),
                    order.get("line_items").get(0).get("title").asString());
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(secrets));
        }
    }
}
