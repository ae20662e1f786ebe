package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shop's webhook subscriptions through WebhookSubscriptions and WebhookSubscriptionCreate. */
class AdminApiSubscriptionTests {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final List<String> TOPICS =
            List.of("ORDERS_CREATE", "ORDERS_PAID", "ORDERS_CANCELLED", "REFUNDS_CREATE");

    private final RecordingWebhookServer receiver = new RecordingWebhookServer();
    private final SimulatedShopifyStore store = new SimulatedShopifyStore(
            StoreFixtures.settings(receiver.uri())
                    .paidDelay(Duration.ofHours(1))
                    .build(),
            AppSecret.of(SECRET),
            AdminAccessToken.of(AdminGraphql.TOKEN));
    private final AdminGraphql api = new AdminGraphql(store.adminApiUri());

    @AfterEach
    void stop() {
        store.close();
        receiver.close();
    }

    private JsonNode listed() {
        return api.run("WebhookSubscriptions", Map.of("topics", TOPICS))
                .data()
                .get("webhookSubscriptions")
                .get("nodes");
    }

    private JsonNode create(String topic) {
        return api.run(
                        "WebhookSubscriptionCreate",
                        Map.of("topic", topic, "uri", receiver.uri().toString()))
                .data()
                .get("webhookSubscriptionCreate");
    }

    @Test
    void listsOneSubscriptionPerTopicAtTheWebhookUrl() {
        JsonNode subscriptions = listed();

        assertThat(subscriptions)
                .extracting(node -> node.get("topic").asString())
                .containsExactlyInAnyOrderElementsOf(TOPICS);
        assertThat(subscriptions)
                .allSatisfy(node -> assertThat(node.get("uri").asString())
                        .isEqualTo(receiver.uri().toString()))
                .allSatisfy(node ->
                        assertThat(node.get("id").asString()).matches("gid://shopify/WebhookSubscription/\\d+"));
        assertThat(api.run("WebhookSubscriptions", Map.of("topics", List.of("REFUNDS_CREATE")))
                        .data()
                        .get("webhookSubscriptions")
                        .get("nodes"))
                .hasSize(1);
    }

    @Test
    void aDeletedSubscriptionIsNotListedReceivesNothingAndCreateBringsItBack() {
        String before = store.subscriptions().stream()
                .filter(subscription -> subscription.topic() == WebhookTopic.ORDERS_CREATE)
                .findFirst()
                .orElseThrow()
                .gid();

        assertThat(store.deleteSubscription(WebhookTopic.ORDERS_CREATE)).isTrue();
        StoreOrder missed = store.createOrder();

        assertThat(listed()).extracting(node -> node.get("topic").asString()).doesNotContain("ORDERS_CREATE");
        await().atMost(WAIT)
                .until(() -> store.order(missed.id())
                                .orElseThrow()
                                .delivery(WebhookTopic.ORDERS_CREATE)
                                .status()
                        == DeliveryStatus.SUBSCRIPTION_REMOVED);

        JsonNode created = create("ORDERS_CREATE");

        assertThat(created.get("userErrors")).isEmpty();
        JsonNode subscription = created.get("webhookSubscription");
        assertThat(subscription.get("topic").asString()).isEqualTo("ORDERS_CREATE");
        assertThat(subscription.get("uri").asString()).isEqualTo(receiver.uri().toString());
        assertThat(subscription.get("id").asString()).isNotEqualTo(before);
        assertThat(listed())
                .extracting(node -> node.get("id").asString())
                .contains(subscription.get("id").asString());
        StoreOrder delivered = store.createOrder();
        await().atMost(WAIT)
                .until(() -> receiver.received(WebhookTopic.ORDERS_CREATE).size() == 1);
        assertThat(receiver.received(WebhookTopic.ORDERS_CREATE)
                        .get(0)
                        .orderId()
                        .longValueExact())
                .as("what fired meanwhile is not replayed")
                .isEqualTo(delivered.id());
    }

    @Test
    void answersAUserErrorForATopicAlreadySubscribedAtTheSameAddress() {
        JsonNode created = create("REFUNDS_CREATE");

        assertThat(created.get("webhookSubscription").isNull()).isTrue();
        assertThat(created.get("userErrors")).hasSize(1);
        JsonNode error = created.get("userErrors").get(0);
        assertThat(error.get("field")).extracting(JsonNode::asString).containsExactly("webhookSubscription", "uri");
        assertThat(error.get("message").asString()).isEqualTo("Address for this topic has already been taken");
        assertThat(listed()).hasSize(4);
    }

    @Test
    void refusesAnAddressItCannotDeliverTo() {
        store.deleteSubscription(WebhookTopic.ORDERS_PAID);

        JsonNode created = api.run(
                        "WebhookSubscriptionCreate",
                        Map.of("topic", "ORDERS_PAID", "uri", "arn:aws:events:us-east-1::event-source/x"))
                .data()
                .get("webhookSubscriptionCreate");

        assertThat(created.get("userErrors").get(0).get("message").asString()).isEqualTo("Address is invalid");
        assertThat(store.isSubscribed(WebhookTopic.ORDERS_PAID)).isFalse();
    }
}
