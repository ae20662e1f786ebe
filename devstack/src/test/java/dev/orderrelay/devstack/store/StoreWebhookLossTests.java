package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shopify sometimes never sends a webhook; the store loses them at a rate, or on demand. */
class StoreWebhookLossTests {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final RecordingWebhookServer server = new RecordingWebhookServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsNothingAtALossRateOfOneAndCountsEveryWebhookLost() {
        try (SimulatedShopifyStore store = new SimulatedShopifyStore(
                StoreFixtures.settings(server.uri())
                        .paidDelay(Duration.ofMillis(50))
                        .webhookLossRate(1.0)
                        .build(),
                AppSecret.of(SECRET))) {
            StoreOrder refunded = store.createOrder(
                    OrderOptions.builder().financialStatus("paid").build());
            store.refund(refunded.id(), RefundOptions.full());
            // Pending, so cancelling voids it: no refund, and its orders/paid never fires.
            StoreOrder cancelled = store.createOrder(
                    OrderOptions.builder().financialStatus("pending").build());
            store.cancel(cancelled.id());

            await().atMost(WAIT).until(() -> store.stats().total().lost() == 5);
            await().during(Duration.ofMillis(200))
                    .atMost(WAIT)
                    .until(() -> server.received().isEmpty());
            StoreStats stats = store.stats();
            assertThat(stats.topic(WebhookTopic.ORDERS_CREATE).lost()).isEqualTo(2);
            assertThat(stats.topic(WebhookTopic.ORDERS_PAID).lost()).isEqualTo(1);
            assertThat(stats.topic(WebhookTopic.REFUNDS_CREATE).lost()).isEqualTo(1);
            assertThat(stats.topic(WebhookTopic.ORDERS_CANCELLED).lost()).isEqualTo(1);
            assertThat(stats.total().attempts()).isZero();
            assertThat(store.order(refunded.id())
                            .orElseThrow()
                            .delivery(WebhookTopic.ORDERS_CREATE)
                            .status())
                    .isEqualTo(DeliveryStatus.LOST);
        }
    }

    @Test
    void losesAnOrdersWebhooksAtItsOwnLossRateInPlaceOfTheStores() {
        try (SimulatedShopifyStore store = new SimulatedShopifyStore(
                StoreFixtures.settings(server.uri())
                        .paidDelay(Duration.ofMillis(50))
                        .build(),
                AppSecret.of(SECRET))) {
            StoreOrder lost = store.createOrder(
                    OrderOptions.builder().webhookLossRate(1.0).build());
            StoreOrder sent = store.createOrder(
                    OrderOptions.builder().webhookLossRate(0.0).build());

            await().atMost(WAIT).until(() -> store.stats().total().lost() == 2);
            await().atMost(WAIT)
                    .until(() -> store.order(sent.id())
                                    .orElseThrow()
                                    .delivery(WebhookTopic.ORDERS_PAID)
                                    .status()
                            == DeliveryStatus.ACKED);
            assertThat(store.order(lost.id()).orElseThrow().deliveries().values())
                    .extracting(DeliveryView::status)
                    .containsOnly(DeliveryStatus.LOST);
        }
    }

    @Test
    void losesEveryWebhookOfOneOrderAndNoneOfTheOthers() {
        try (SimulatedShopifyStore store = new SimulatedShopifyStore(
                StoreFixtures.settings(server.uri())
                        .paidDelay(Duration.ofMillis(50))
                        .build(),
                AppSecret.of(SECRET))) {
            StoreOrder lost =
                    store.createOrder(OrderOptions.builder().loseWebhooks().build());
            StoreOrder kept = store.createOrder();

            await().atMost(WAIT)
                    .until(() -> store.stats().total().lost() == 2
                            && store.stats().total().acked() == 2);
            assertThat(server.received())
                    .allSatisfy(request -> assertThat(request.orderId()).isEqualTo(BigInteger.valueOf(kept.id())));
            assertThat(store.order(lost.id()).orElseThrow().deliveries().values())
                    .allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.LOST));
        }
    }

    @Test
    void losesRoughlyTheConfiguredShare() {
        try (SimulatedShopifyStore store = new SimulatedShopifyStore(
                StoreFixtures.settings(server.uri())
                        .paidDelay(Duration.ofHours(1))
                        .webhookLossRate(0.5)
                        .build(),
                AppSecret.of(SECRET))) {
            for (int i = 0; i < 100; i++) {
                store.createOrder(OrderShape.SMALL);
            }

            await().atMost(WAIT)
                    .until(() -> store.stats().topic(WebhookTopic.ORDERS_CREATE).lost()
                                    + store.stats()
                                            .topic(WebhookTopic.ORDERS_CREATE)
                                            .acked()
                            == 100);
            assertThat(store.stats().topic(WebhookTopic.ORDERS_CREATE).lost()).isBetween(30L, 70L);
            assertThat(server.received(WebhookTopic.ORDERS_CREATE)).hasSize((int)
                    store.stats().topic(WebhookTopic.ORDERS_CREATE).acked());
        }
    }
}
