package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the store retries a delivery that was not answered with a 2xx. */
class StoreRetryTests {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration NEVER_PAID = Duration.ofHours(1);

    private final RecordingWebhookServer server = new RecordingWebhookServer();
    private final List<SimulatedShopifyStore> stores = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        stores.forEach(SimulatedShopifyStore::close);
        server.close();
    }

    /** A store whose orders/paid never fires during the test, so only orders/create deliveries are in play. */
    private SimulatedShopifyStore store(UnaryOperator<SimulatedStoreSettingsBuilder> change) {
        SimulatedStoreSettingsBuilder settings =
                StoreFixtures.settings(server.uri()).paidDelay(NEVER_PAID);
        SimulatedShopifyStore store =
                new SimulatedShopifyStore(change.apply(settings).build(), AppSecret.of(SECRET));
        stores.add(store);
        return store;
    }

    private static DeliveryView created(SimulatedShopifyStore store, StoreOrder order) {
        return store.order(order.id()).orElseThrow().delivery(WebhookTopic.ORDERS_CREATE);
    }

    private static void awaitStatus(SimulatedShopifyStore store, StoreOrder order, DeliveryStatus status) {
        await().atMost(WAIT).until(() -> created(store, order).status() == status);
    }

    @Test
    void retriesWithTheSameWebhookIdAndPayloadUntilAcked() {
        SimulatedShopifyStore store = store(settings -> settings);
        server.answer((request, seen) -> seen <= 2 ? 503 : 200);

        StoreOrder order = store.createOrder();
        awaitStatus(store, order, DeliveryStatus.ACKED);

        String webhookId = order.delivery(WebhookTopic.ORDERS_CREATE).webhookId();
        List<ReceivedWebhook> attempts = server.withWebhookId(webhookId);
        assertThat(attempts).hasSize(3);
        ReceivedWebhook first = attempts.get(0);
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.body()).isEqualTo(first.body());
            assertThat(attempt.headers()).isEqualTo(first.headers());
            assertThat(attempt.signatureValidFor(SECRET)).isTrue();
        });
        // Scheduled delays are lower bounds, so these hold however slow the machine is.
        assertThat(attempts.get(1).receivedNanos() - first.receivedNanos()).isGreaterThanOrEqualTo(ms(20));
        assertThat(attempts.get(2).receivedNanos() - attempts.get(1).receivedNanos())
                .isGreaterThanOrEqualTo(ms(40));
        await().during(Duration.ofMillis(300))
                .atMost(WAIT)
                .until(() -> server.withWebhookId(webhookId).size() == 3);
        assertThat(created(store, order).attempts()).isEqualTo(3);
        assertThat(created(store, order).lastStatusCode()).isEqualTo(200);
        assertThat(store.stats().topic(WebhookTopic.ORDERS_CREATE)).isEqualTo(new TopicStats(3, 1, 2, 0, 0, 0, 0));
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 404, 413, 500, 503})
    void retriesEveryNon2xxAnswerThenGivesUp(int status) {
        SimulatedShopifyStore store = store(settings -> settings.maxRetries(2));
        server.answerAlways(status);

        StoreOrder order = store.createOrder();
        awaitStatus(store, order, DeliveryStatus.FAILED);

        assertThat(created(store, order).attempts()).isEqualTo(3);
        assertThat(created(store, order).lastStatusCode()).isEqualTo(status);
        String webhookId = order.delivery(WebhookTopic.ORDERS_CREATE).webhookId();
        await().during(Duration.ofMillis(200))
                .atMost(WAIT)
                .until(() -> server.withWebhookId(webhookId).size() == 3);
        assertThat(store.stats().topic(WebhookTopic.ORDERS_CREATE).failed()).isEqualTo(1);
    }

    @Test
    void countsARedirectAsAFailureAndDoesNotFollowIt() {
        SimulatedShopifyStore store = store(settings -> settings.maxRetries(1));
        server.answerAlways(302);

        StoreOrder order = store.createOrder();
        awaitStatus(store, order, DeliveryStatus.FAILED);

        assertThat(created(store, order).lastStatusCode()).isEqualTo(302);
        assertThat(server.received())
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.path()).isEqualTo(RecordingWebhookServer.PATH));
    }

    @Test
    void countsARefusedConnectionAsAFailure() throws IOException {
        URI nobodyListening;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobodyListening = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/webhooks/shopify");
        }
        SimulatedShopifyStore store =
                store(settings -> settings.webhookUrl(nobodyListening).maxRetries(2));

        StoreOrder order = store.createOrder();
        awaitStatus(store, order, DeliveryStatus.FAILED);

        assertThat(created(store, order).attempts()).isEqualTo(3);
        assertThat(created(store, order).lastStatusCode()).isZero();
    }

    @Test
    void countsAnAnswerSlowerThanTheResponseTimeoutAsAFailure() {
        SimulatedShopifyStore store = store(settings -> settings.responseTimeout(Duration.ofMillis(300)));
        server.answer((request, seen) -> {
            if (seen == 1) {
                awaitRelease();
            }
            return 200;
        });

        StoreOrder order = store.createOrder();
        awaitStatus(store, order, DeliveryStatus.ACKED);

        assertThat(created(store, order).attempts()).isEqualTo(2);
        assertThat(store.stats().topic(WebhookTopic.ORDERS_CREATE).retried()).isEqualTo(1);
    }

    private void awaitRelease() {
        try {
            release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void sendsEveryDeliveryTwiceWithTheSameIdWhenTheDuplicateRateIsOne() {
        SimulatedShopifyStore store =
                store(settings -> settings.duplicateRate(1.0).paidDelay(Duration.ofMillis(50)));

        store.createOrder();
        store.createOrder();

        await().atMost(WAIT).until(() -> server.received().size() == 8);
        List<String> ids = server.received().stream()
                .map(ReceivedWebhook::webhookId)
                .distinct()
                .toList();
        assertThat(ids).hasSize(4);
        for (String id : ids) {
            List<ReceivedWebhook> copies = server.withWebhookId(id);
            assertThat(copies).hasSize(2);
            assertThat(copies.get(1).body()).isEqualTo(copies.get(0).body());
            assertThat(copies.get(1).headers()).isEqualTo(copies.get(0).headers());
        }
        await().during(Duration.ofMillis(200))
                .atMost(WAIT)
                .until(() -> server.received().size() == 8);
        assertThat(store.stats().total()).isEqualTo(new TopicStats(4, 4, 0, 4, 0, 0, 0));
        assertThat(store.orders())
                .flatMap(order -> order.deliveries().values())
                .allSatisfy(delivery -> assertThat(delivery.duplicatesSent()).isEqualTo(1));
    }
}
