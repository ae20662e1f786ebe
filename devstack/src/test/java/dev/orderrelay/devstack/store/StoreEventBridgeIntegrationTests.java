package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.devstack.Devstack;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The store delivering by EventBridge: events on the rule's SQS queue (ElasticMQ), in the shape Shopify sends. */
class StoreEventBridgeIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventBridgeSource SOURCE = new EventBridgeSource("us-east-1", "1830279", "order-relay-test");

    private final Devstack devstack = Devstack.shared();
    private final String queueUrl = devstack.sqs()
            .createQueue(b -> b.queueName("store-eventbridge-" + UUID.randomUUID()))
            .queueUrl();
    private final SimulatedEventBridge eventBridge = new SimulatedEventBridge(SOURCE, devstack.sqs(), queueUrl);
    private final RecordingWebhookServer server = new RecordingWebhookServer();
    private final List<SimulatedShopifyStore> stores = new ArrayList<>();

    @AfterEach
    void stop() {
        stores.forEach(SimulatedShopifyStore::close);
        server.close();
        try {
            devstack.sqs().deleteQueue(b -> b.queueUrl(queueUrl));
        } catch (QueueDoesNotExistException alreadyGone) {
            // The test that deletes it on purpose.
        }
    }

    @Test
    void putsEveryDeliveryOnTheRulesQueueAsAShopifyWebhookEventWhenTheWholeShareGoesThatWay() {
        SimulatedShopifyStore store = store(1.0, eventBridge);

        StoreOrder order = store.createOrder();

        List<JsonNode> events = awaitEvents(2);
        StoreOrder delivered = store.order(order.id()).orElseThrow();
        for (WebhookTopic topic : List.of(WebhookTopic.ORDERS_CREATE, WebhookTopic.ORDERS_PAID)) {
            DeliveryView delivery = delivered.delivery(topic);
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.ACKED);
            assertThat(delivery.route()).isEqualTo(DeliveryRoute.EVENTBRIDGE);
            JsonNode event = only(events, delivery.webhookId());
            assertThat(event.get("version").asString()).isEqualTo("0");
            assertThat(event.get("detail-type").asString()).isEqualTo("shopifyWebhook");
            assertThat(event.get("source").asString()).isEqualTo("aws.partner/shopify.com/1830279/order-relay-test");
            assertThat(event.get("region").asString()).isEqualTo("us-east-1");
            assertThat(event.get("time").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            JsonNode metadata = event.get("detail").get("metadata");
            assertThat(metadata.get("X-Shopify-Topic").asString()).isEqualTo(topic.topicName());
            assertThat(metadata.get("X-Shopify-Shop-Domain").asString()).isEqualTo("demo.myshopify.com");
            assertThat(metadata.get("X-Shopify-Event-Id").asString()).isEqualTo(delivery.eventId());
            assertThat(metadata.get("X-Shopify-API-Version").asString()).isEqualTo("2026-10");
            // Order ids exceed 2^53: the re-serialized payload must keep every digit.
            assertThat(event.get("detail").get("payload").get("id").asString()).isEqualTo(Long.toString(order.id()));
        }
        assertThat(payloadOf(events, WebhookTopic.ORDERS_PAID)).isEqualTo(JSON.readTree(delivered.restJson()));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void sendsATopicSubscribedByTheSourceArnByEventBridgeAndTheOtherTopicsOverHttps() {
        SimulatedShopifyStore store = store(0, eventBridge);
        store.deleteSubscription(WebhookTopic.ORDERS_CREATE);
        StoreSubscription subscription = store.subscribe(WebhookTopic.ORDERS_CREATE, SOURCE.arn());

        StoreOrder order = store.createOrder();

        List<JsonNode> events = awaitEvents(1);
        await().atMost(WAIT)
                .until(() -> server.received(WebhookTopic.ORDERS_PAID).size() == 1);
        assertThat(subscription.uri().toString())
                .isEqualTo("arn:aws:events:us-east-1::event-source/aws.partner/shopify.com/1830279/order-relay-test");
        assertThat(events.getFirst()
                        .get("detail")
                        .get("metadata")
                        .get("X-Shopify-Topic")
                        .asString())
                .isEqualTo("orders/create");
        assertThat(server.received(WebhookTopic.ORDERS_CREATE)).isEmpty();
        StoreOrder delivered = store.order(order.id()).orElseThrow();
        assertThat(delivered.delivery(WebhookTopic.ORDERS_CREATE).route()).isEqualTo(DeliveryRoute.EVENTBRIDGE);
        assertThat(delivered.delivery(WebhookTopic.ORDERS_PAID).route()).isEqualTo(DeliveryRoute.HTTPS);
    }

    @Test
    void takesItsSourceArnThroughWebhookSubscriptionCreateAsTheReconcilerSendsIt() {
        SimulatedShopifyStore store = new SimulatedShopifyStore(
                StoreFixtures.settings(server.uri()).build(),
                AppSecret.of(SECRET),
                AdminAccessToken.of(AdminGraphql.TOKEN),
                Clock.systemUTC(),
                eventBridge);
        stores.add(store);
        store.deleteSubscription(WebhookTopic.ORDERS_PAID);

        JsonNode created = new AdminGraphql(store.adminApiUri())
                .run("WebhookSubscriptionCreate", Map.of("topic", "ORDERS_PAID", "uri", SOURCE.arn()))
                .data()
                .get("webhookSubscriptionCreate");
        store.createOrder();

        assertThat(created.get("userErrors")).isEmpty();
        assertThat(created.get("webhookSubscription").get("uri").asString()).isEqualTo(SOURCE.arn());
        List<JsonNode> events = awaitEvents(1);
        assertThat(events.getFirst()
                        .get("detail")
                        .get("metadata")
                        .get("X-Shopify-Topic")
                        .asString())
                .isEqualTo("orders/paid");
        assertThat(server.received(WebhookTopic.ORDERS_CREATE)).hasSize(1);
    }

    @Test
    void sendsAPayloadOverShopifysEventBridgeLimitAsItsIdAlone() {
        SimulatedShopifyStore store = store(1.0, eventBridge.withPayloadLimit(1_000));

        StoreOrder order = store.createOrder(OrderShape.SMALL);

        JsonNode payload = awaitEvents(2).getFirst().get("detail").get("payload");
        assertThat(payload.propertyNames()).containsExactly("id");
        assertThat(payload.get("id").asString()).isEqualTo(Long.toString(order.id()));
    }

    @Test
    void retriesAndFinallyFailsADeliveryWhoseQueueIsGone() {
        devstack.sqs().deleteQueue(b -> b.queueUrl(queueUrl));
        SimulatedShopifyStore store = store(1.0, eventBridge);

        StoreOrder order = store.createOrder();

        await().atMost(WAIT)
                .until(() -> store.order(order.id())
                                .orElseThrow()
                                .delivery(WebhookTopic.ORDERS_CREATE)
                                .status()
                        == DeliveryStatus.FAILED);
        DeliveryView delivery = store.order(order.id()).orElseThrow().delivery(WebhookTopic.ORDERS_CREATE);
        assertThat(delivery.attempts()).isEqualTo(4);
        assertThat(delivery.lastStatusCode()).isZero();
        assertThat(delivery.route()).isEqualTo(DeliveryRoute.EVENTBRIDGE);
    }

    @Test
    void refusesToSubscribeAnotherAppsSourceOrToShareWithoutEventBridge() {
        SimulatedShopifyStore store = store(0, eventBridge);
        store.deleteSubscription(WebhookTopic.ORDERS_PAID);

        assertThatThrownBy(() -> store.subscribe(
                        WebhookTopic.ORDERS_PAID,
                        "arn:aws:events:us-east-1::event-source/aws.partner/shopify.com/999/someone-else"))
                .hasMessageContaining("Address is an AWS ARN and includes api_client_id 999 instead of 1830279");
        assertThat(store.isSubscribed(WebhookTopic.ORDERS_PAID)).isFalse();
        assertThatThrownBy(() -> store(0.5, null)).hasMessageContaining("no SimulatedEventBridge");
    }

    private SimulatedShopifyStore store(double share, SimulatedEventBridge bridge) {
        SimulatedShopifyStore store = new SimulatedShopifyStore(
                StoreFixtures.settings(server.uri()).eventBridgeShare(share).build(),
                AppSecret.of(SECRET),
                null,
                Clock.systemUTC(),
                bridge);
        stores.add(store);
        return store;
    }

    private List<JsonNode> awaitEvents(int count) {
        List<JsonNode> events = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            for (Message message : devstack.sqs()
                    .receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10))
                    .messages()) {
                events.add(JSON.readTree(message.body()));
                devstack.sqs().deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
            return events.size() >= count;
        });
        return events;
    }

    private static JsonNode only(List<JsonNode> events, String webhookId) {
        List<JsonNode> matching = events.stream()
                .filter(event -> webhookId.equals(event.get("detail")
                        .get("metadata")
                        .get("X-Shopify-Webhook-Id")
                        .asString()))
                .toList();
        assertThat(matching).as("events of webhook %s", webhookId).hasSize(1);
        return matching.getFirst();
    }

    private static JsonNode payloadOf(List<JsonNode> events, WebhookTopic topic) {
        return events.stream()
                .filter(event -> topic.topicName()
                        .equals(event.get("detail")
                                .get("metadata")
                                .get("X-Shopify-Topic")
                                .asString()))
                .findFirst()
                .orElseThrow()
                .get("detail")
                .get("payload");
    }
}
