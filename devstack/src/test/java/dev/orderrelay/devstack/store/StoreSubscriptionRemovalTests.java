package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shopify deletes a subscription after a run of failed deliveries; the store does the same. */
class StoreSubscriptionRemovalTests {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final RecordingWebhookServer server = new RecordingWebhookServer();
    // No retries and a threshold of 2, so two failed orders/create deliveries remove that subscription.
    private final SimulatedShopifyStore store = new SimulatedShopifyStore(
            StoreFixtures.settings(server.uri())
                    .paidDelay(Duration.ofHours(1))
                    .maxRetries(0)
                    .removalThreshold(2)
                    .build(),
            AppSecret.of(SECRET));

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    private DeliveryStatus createStatus(StoreOrder order) {
        return store.order(order.id())
                .orElseThrow()
                .delivery(WebhookTopic.ORDERS_CREATE)
                .status();
    }

    private void awaitCreateStatus(StoreOrder order, DeliveryStatus status) {
        await().atMost(WAIT).until(() -> createStatus(order) == status);
    }

    @Test
    void stopsSendingATopicAfterConsecutiveFailuresAndResubscribeRestoresIt() {
        server.answerAlways(500);
        awaitCreateStatus(store.createOrder(), DeliveryStatus.FAILED);
        awaitCreateStatus(store.createOrder(), DeliveryStatus.FAILED);
        assertThat(store.isSubscribed(WebhookTopic.ORDERS_CREATE)).isFalse();
        assertThat(store.isSubscribed(WebhookTopic.ORDERS_PAID)).isTrue();

        StoreOrder whileRemoved = store.createOrder();
        awaitCreateStatus(whileRemoved, DeliveryStatus.SUBSCRIPTION_REMOVED);
        String skippedId = whileRemoved.delivery(WebhookTopic.ORDERS_CREATE).webhookId();
        assertThat(server.withWebhookId(skippedId)).isEmpty();
        assertThat(store.stats().topic(WebhookTopic.ORDERS_CREATE).notSent()).isEqualTo(1);

        server.answerAlways(200);
        store.resubscribe(WebhookTopic.ORDERS_CREATE);
        StoreOrder afterwards = store.createOrder();
        awaitCreateStatus(afterwards, DeliveryStatus.ACKED);
        String sentId = afterwards.delivery(WebhookTopic.ORDERS_CREATE).webhookId();
        assertThat(server.withWebhookId(sentId)).hasSize(1);
        assertThat(server.withWebhookId(skippedId)).as("not replayed").isEmpty();
    }

    @Test
    void anAckedDeliveryEndsTheRunOfFailures() {
        server.answerAlways(500);
        awaitCreateStatus(store.createOrder(), DeliveryStatus.FAILED);
        server.answerAlways(200);
        awaitCreateStatus(store.createOrder(), DeliveryStatus.ACKED);
        server.answerAlways(500);
        awaitCreateStatus(store.createOrder(), DeliveryStatus.FAILED);

        assertThat(store.isSubscribed(WebhookTopic.ORDERS_CREATE)).isTrue();
    }
}
