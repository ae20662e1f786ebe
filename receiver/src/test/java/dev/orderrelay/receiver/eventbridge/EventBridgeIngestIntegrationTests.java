package dev.orderrelay.receiver.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeAttributes;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.core.envelope.Sha256;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.devstack.store.AppSecret;
import dev.orderrelay.devstack.store.DeliveryRoute;
import dev.orderrelay.devstack.store.DeliveryStatus;
import dev.orderrelay.devstack.store.DeliveryView;
import dev.orderrelay.devstack.store.EventBridgeSource;
import dev.orderrelay.devstack.store.OrderShape;
import dev.orderrelay.devstack.store.SimulatedEventBridge;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.SimulatedStoreSettings;
import dev.orderrelay.devstack.store.StoreOrder;
import dev.orderrelay.devstack.store.WebhookTopic;
import dev.orderrelay.receiver.IngestQueueTap;
import dev.orderrelay.receiver.ReceiverApplication;
import dev.orderrelay.receiver.ReceiverTestStack;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The receiver reading the devstack's EventBridge queue: the simulated store delivers orders by EventBridge, and each
 * event becomes an envelope with {@code source=eventbridge} on the ingest queue; malformed events end on the
 * EventBridge queue's dead-letter queue with their reason.
 */
@SpringBootTest(
        classes = ReceiverApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "logging.level.dev.orderrelay=debug"})
@ContextConfiguration(initializers = DirectDevstack.class)
class EventBridgeIngestIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventBridgeSource SOURCE = new EventBridgeSource("us-east-1", "1830279", "order-relay");
    private static final Devstack DEVSTACK = DirectDevstack.devstack();
    private static final DeadLetters DEAD_LETTERS =
            new DeadLetters(DEVSTACK.queueUrl(DevstackResources.EVENTBRIDGE_DEAD_LETTER_QUEUE));

    private final String shop = "eb-" + UUID.randomUUID() + ".myshopify.com";
    private final SimulatedShopifyStore store = new SimulatedShopifyStore(
            SimulatedStoreSettings.defaults(URI.create("http://127.0.0.1:9/webhooks/shopify")).toBuilder()
                    .shopDomain(shop)
                    .ordersPerMinute(0)
                    .paidDelay(Duration.ofMillis(200))
                    .duplicateRate(0)
                    .largeOrderRate(0)
                    .eventBridgeShare(1.0)
                    .build(),
            AppSecret.of(ReceiverTestStack.CURRENT_SECRET),
            null,
            Clock.systemUTC(),
            new SimulatedEventBridge(SOURCE, DEVSTACK.sqs(), DEVSTACK.queueUrl(DevstackResources.EVENTBRIDGE_QUEUE)));

    @Autowired
    MeterRegistry registry;

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void publishesAnOrderTheStoreDeliveredByEventBridgeAsAnEventBridgeEnvelope() {
        StoreOrder order = store.createOrder(OrderShape.SMALL);

        StoreOrder delivered = awaitBothDeliveries(order);
        DeliveryView create = delivered.delivery(WebhookTopic.ORDERS_CREATE);
        IngestQueueTap.Queued created =
                IngestQueueTap.await(create.webhookId(), WAIT).orElseThrow();
        Envelope envelope = created.envelope();
        assertThat(envelope.source()).isEqualTo(EnvelopeSource.EVENTBRIDGE);
        assertThat(envelope.shop()).isEqualTo(shop);
        assertThat(envelope.topic()).isEqualTo("orders/create");
        assertThat(envelope.eventId()).isEqualTo(create.eventId());
        assertThat(envelope.apiVersion()).isEqualTo("2026-10");
        assertThat(envelope.triggeredAt()).isNotNull();
        assertThat(envelope.format()).isEqualTo(PayloadFormat.REST_WEBHOOK);
        assertThat(envelope.hasInlineBody()).isTrue();
        assertThat(JSON.readTree(envelope.body()).get("id").asString()).isEqualTo(Long.toString(order.id()));
        assertThat(created.attributes().get(EnvelopeAttributes.SHOP).stringValue())
                .isEqualTo(shop);
        assertThat(created.attributes().get(EnvelopeAttributes.TOPIC).stringValue())
                .isEqualTo("orders/create");

        Envelope paid = IngestQueueTap.await(
                        delivered.delivery(WebhookTopic.ORDERS_PAID).webhookId(), WAIT)
                .orElseThrow()
                .envelope();
        assertThat(paid.topic()).isEqualTo("orders/paid");
        assertThat(JSON.readTree(paid.body())).isEqualTo(JSON.readTree(delivered.restJson()));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(eventBridgeQueueDepth())
                        .as("events left on the EventBridge queue")
                        .isZero());
        assertThat(registry.get(EventBridgeMetrics.EVENTS)
                        .tag("outcome", "accepted")
                        .tag("shop", shop)
                        .tag("topic", "orders/paid")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void storesALargeOrderByClaimCheckAndRestoresItExactly() {
        StoreOrder order = store.createOrder(OrderShape.LARGE);

        StoreOrder delivered = awaitBothDeliveries(order);
        Envelope paid = IngestQueueTap.await(
                        delivered.delivery(WebhookTopic.ORDERS_PAID).webhookId(), WAIT)
                .orElseThrow()
                .envelope();

        assertThat(paid.source()).isEqualTo(EnvelopeSource.EVENTBRIDGE);
        assertThat(paid.hasInlineBody()).isFalse();
        byte[] stored = DEVSTACK.s3()
                .getObjectAsBytes(b ->
                        b.bucket(paid.bodyRef().bucket()).key(paid.bodyRef().key()))
                .asByteArray();
        assertThat(stored.length).isGreaterThan(300 * 1024);
        assertThat(Sha256.hex(stored)).isEqualTo(paid.bodySha256());
        assertThat(JSON.readTree(new String(stored, StandardCharsets.UTF_8)))
                .isEqualTo(JSON.readTree(delivered.restJson()));
    }

    @Test
    void publishesAnEventWhoseHeaderNamesAreLowerCase() {
        String webhookId = "lower-" + UUID.randomUUID();
        String message = EventBridgeEventReaderTests.event(event -> {
            ObjectNode metadata = JSON.createObjectNode();
            metadata.put("x-shopify-topic", "orders/paid");
            metadata.put("x-shopify-shop-domain", shop);
            metadata.put("x-shopify-webhook-id", webhookId);
            ((ObjectNode) event.get("detail")).set("metadata", metadata);
            return event;
        });

        send(message);

        Envelope envelope = IngestQueueTap.await(webhookId, WAIT).orElseThrow().envelope();
        assertThat(envelope.source()).isEqualTo(EnvelopeSource.EVENTBRIDGE);
        assertThat(envelope.shop()).isEqualTo(shop);
        assertThat(envelope.topic()).isEqualTo("orders/paid");
        assertThat(JSON.readTree(envelope.body()).get("id").asString()).isEqualTo("820982911946154508");
    }

    @Test
    void movesMalformedEventsToTheDeadLetterQueueWithTheirReasonAndNeverToTheIngestQueue() {
        String wrongTypeId = "wrong-type-" + UUID.randomUUID();
        String wrongType = EventBridgeEventReaderTests.event(event -> {
            event.put("detail-type", "Scheduled Event");
            metadata(event).put("X-Shopify-Shop-Domain", shop);
            metadata(event).put("X-Shopify-Webhook-Id", wrongTypeId);
            return event;
        });
        String noWebhookId = EventBridgeEventReaderTests.event(event -> {
            metadata(event).put("X-Shopify-Shop-Domain", shop);
            metadata(event).remove("X-Shopify-Webhook-Id");
            event.put("id", UUID.randomUUID().toString());
            return event;
        });
        String notJson = "{\"detail-type\":\"shopifyWebhook\",\"id\":\"" + UUID.randomUUID() + "\",";

        send(wrongType);
        send(noWebhookId);
        send(notJson);

        Message first = DEAD_LETTERS.await(wrongType, WAIT).orElseThrow();
        assertThat(DeadLetters.attribute(first, RejectedEvents.REASON))
                .startsWith("wrong-detail-type: detail-type is 'Scheduled Event'");
        assertThat(DeadLetters.attribute(first, RejectedEvents.SHOP)).isEqualTo(shop);
        Message second = DEAD_LETTERS.await(noWebhookId, WAIT).orElseThrow();
        assertThat(DeadLetters.attribute(second, RejectedEvents.REASON))
                .isEqualTo("missing-header: X-Shopify-Webhook-Id is missing or empty in detail.metadata");
        assertThat(DeadLetters.attribute(second, RejectedEvents.SHOP)).isEqualTo(shop);
        Message third = DEAD_LETTERS.await(notJson, WAIT).orElseThrow();
        assertThat(DeadLetters.attribute(third, RejectedEvents.REASON)).startsWith("unreadable-json: ");
        assertThat(DeadLetters.attribute(third, RejectedEvents.SHOP)).isNull();

        assertThat(IngestQueueTap.wasEverQueued(wrongTypeId)).isFalse();
        for (EventRejection rejection :
                new EventRejection[] {EventRejection.WRONG_DETAIL_TYPE, EventRejection.MISSING_HEADER}) {
            assertThat(registry.get(EventBridgeMetrics.EVENTS)
                            .tag("outcome", "rejected")
                            .tag("reason", rejection.code())
                            .counter()
                            .count())
                    .isPositive();
        }
    }

    private StoreOrder awaitBothDeliveries(StoreOrder order) {
        await().atMost(WAIT).until(() -> {
            StoreOrder now = store.order(order.id()).orElseThrow();
            return now.delivery(WebhookTopic.ORDERS_CREATE).status() == DeliveryStatus.ACKED
                    && now.delivery(WebhookTopic.ORDERS_PAID).status() == DeliveryStatus.ACKED;
        });
        StoreOrder delivered = store.order(order.id()).orElseThrow();
        assertThat(delivered.deliveries().values())
                .extracting(DeliveryView::route)
                .containsOnly(DeliveryRoute.EVENTBRIDGE);
        return delivered;
    }

    private static void send(String message) {
        String url = DEVSTACK.queueUrl(DevstackResources.EVENTBRIDGE_QUEUE);
        DEVSTACK.sqs().sendMessage(b -> b.queueUrl(url).messageBody(message));
    }

    private static long eventBridgeQueueDepth() {
        Map<QueueAttributeName, String> attributes = DEVSTACK.sqs()
                .getQueueAttributes(b -> b.queueUrl(DEVSTACK.queueUrl(DevstackResources.EVENTBRIDGE_QUEUE))
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static ObjectNode metadata(ObjectNode event) {
        return (ObjectNode) event.get("detail").get("metadata");
    }
}
