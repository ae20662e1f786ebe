package dev.orderrelay.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.devstack.store.DeliveryStatus;
import dev.orderrelay.devstack.store.DeliveryView;
import dev.orderrelay.devstack.store.OrderShape;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.StoreOrder;
import dev.orderrelay.devstack.store.WebhookTopic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The README's run command, in-process: the local application with its own devstack (on free ports) and the
 * simulated store posting to its receiver. Every webhook the store saw acked must be on the ingest queue.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalRunIntegrationTests {

    private static ConfigurableApplicationContext run;
    private static final Map<String, Envelope> QUEUED = new HashMap<>();

    @BeforeAll
    static void startTheLocalRun() {
        run = LocalRelayApplication.application()
                .run(
                        "--server.port=0",
                        "--relay.local.devstack.sqs-port=0",
                        "--relay.local.devstack.dynamodb-port=0",
                        "--relay.local.devstack.s3-port=0",
                        "--relay.local.store.orders-per-minute=120",
                        "--relay.local.store.paid-delay=200ms",
                        "--relay.local.store.retry-base-delay=100ms",
                        "--logging.level.dev.orderrelay=debug");
    }

    @AfterAll
    static void stop() {
        run.close();
    }

    @Test
    void acksTheSimulatedStoresWebhooksAndQueuesEveryOneOfThem(CapturedOutput output) {
        SimulatedShopifyStore store =
                run.getBean(LocalStoreRunner.class).store().orElseThrow();
        StoreOrder large = store.createOrder(OrderShape.LARGE);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> bothTopicsAcked(store, large.id()) && ackedOrders(store) >= 3);

        List<DeliveryView> acked = store.orders().stream()
                .flatMap(order -> order.deliveries().values().stream())
                .filter(delivery -> delivery.status() == DeliveryStatus.ACKED)
                .toList();
        drainIngestQueue();
        for (DeliveryView delivery : acked) {
            assertThat(QUEUED)
                    .as("acked %s %s", delivery.topic(), delivery.webhookId())
                    .containsKey(delivery.webhookId());
        }
        Envelope largeCreate = QUEUED.get(store.order(large.id())
                .orElseThrow()
                .delivery(WebhookTopic.ORDERS_CREATE)
                .webhookId());
        assertThat(largeCreate.hasInlineBody()).isFalse();
        assertThat(largeCreate.shop()).isEqualTo("demo.myshopify.com");

        String logs = output.getAll();
        assertThat(logs).contains("order-relay local run ready").contains("simulated store");
        assertThat(logs).doesNotContain("dev-shopify-secret").doesNotContain("@example.com");
    }

    @Test
    void bindsTheEmbeddedServersToLoopback() {
        Devstack devstack = run.getBean(Devstack.class);

        assertThat(devstack.sqsEndpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(devstack.dynamoDbEndpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(devstack.s3Endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(run.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    private static boolean bothTopicsAcked(SimulatedShopifyStore store, long orderId) {
        StoreOrder order = store.order(orderId).orElseThrow();
        return order.delivery(WebhookTopic.ORDERS_CREATE).status() == DeliveryStatus.ACKED
                && order.delivery(WebhookTopic.ORDERS_PAID).status() == DeliveryStatus.ACKED;
    }

    private static long ackedOrders(SimulatedShopifyStore store) {
        return store.orders().stream()
                .filter(order -> order.delivery(WebhookTopic.ORDERS_PAID).status() == DeliveryStatus.ACKED)
                .count();
    }

    private static void drainIngestQueue() {
        Devstack devstack = run.getBean(Devstack.class);
        String url = devstack.queueUrl(DevstackResources.INGEST_QUEUE);
        for (int emptyPolls = 0; emptyPolls < 2; ) {
            List<Message> messages = devstack.sqs()
                    .receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10))
                    .messages();
            emptyPolls = messages.isEmpty() ? emptyPolls + 1 : 0;
            for (Message message : messages) {
                Envelope envelope = EnvelopeJson.read(message.body());
                QUEUED.put(envelope.webhookId(), envelope);
            }
        }
    }
}
