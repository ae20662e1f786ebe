package dev.orderrelay.reconciler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.store.AdminAccessToken;
import dev.orderrelay.devstack.store.AppSecret;
import dev.orderrelay.devstack.store.OrderOptions;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.SimulatedStoreSettings;
import dev.orderrelay.devstack.store.StoreOrder;
import dev.orderrelay.devstack.store.WebhookTopic;
import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.reconciliations.RunState;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import dev.orderrelay.reconciler.run.ReconciliationJob;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The reconciler as its own application against the devstack and a simulated store, with no worker: a requested
 * run is claimed, finds the orders whose webhooks were lost, puts them on the ingest queue as the worker reads
 * them, re-creates the deleted subscription, and records its findings and the hour's row.
 */
class ReconcilerApplicationIntegrationTests {

    private static final String SHOP = "demo.myshopify.com";
    private static final String TOKEN = "shpat_reconciler_test";
    private static final String INGEST =
            "reconciler-test-ingest-" + UUID.randomUUID().toString().substring(0, 8);

    private static SimulatedShopifyStore store;
    private static ConfigurableApplicationContext reconciler;

    @BeforeAll
    static void start() {
        Devstack devstack = Devstack.shared();
        devstack.sqs().createQueue(b -> b.queueName(INGEST));
        store = new SimulatedShopifyStore(
                SimulatedStoreSettings.defaults(URI.create("http://127.0.0.1:9/webhooks/shopify")).toBuilder()
                        .ordersPerMinute(0)
                        .build(),
                AppSecret.of("test-app-secret"),
                AdminAccessToken.of(TOKEN));
        Map<String, Object> properties = new LinkedHashMap<>(devstack.springCloudAwsProperties());
        properties.put(
                "relay.ledger.table-prefix", "r" + UUID.randomUUID().toString().substring(0, 8) + "-");
        properties.put("relay.ledger.create-tables", "true");
        properties.put("relay.reconciler.enabled", "false");
        properties.put("relay.reconciler.settle-delay", "0s");
        properties.put("relay.reconciler.ingest-queue", INGEST);
        properties.put("relay.reconciler.webhook-uri", "https://relay.example.com/webhooks/shopify");
        properties.put("relay.reconciler.shopify.endpoint", store.adminApiUri().toString());
        properties.put("relay.credentials.demo-admin", TOKEN);
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        reconciler = new SpringApplicationBuilder(ReconcilerApplication.class)
                .properties(properties)
                .run();
        reconciler
                .getBean(ShopRegistry.class)
                .save(new ShopConfig(SHOP, ShopStatus.ACTIVE, Map.of(), List.of(), "demo-admin"));
    }

    @AfterAll
    static void stop() {
        reconciler.close();
        store.close();
    }

    @Test
    void runsARequestedRunThatRequeuesLostOrdersAsTheWorkerReadsThem() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
        StoreOrder lost = store.createOrder(OrderOptions.builder()
                .createdAt(hour.plusSeconds(600))
                .financialStatus("paid")
                .loseWebhooks()
                .build());
        store.deleteSubscription(WebhookTopic.ORDERS_PAID);
        Reconciliations runs = reconciler.getBean(Reconciliations.class);
        ReconciliationRun requested = runs.request(SHOP, hour, hour.plus(1, ChronoUnit.HOURS), "ops");

        assertThat(reconciler.getBean(ReconciliationJob.class).runRequested()).isTrue();

        ReconciliationRun done = runs.find(requested.runId()).orElseThrow();
        assertThat(done.state()).isEqualTo(RunState.DONE);
        assertThat(done.findings().missingOrders()).isEqualTo(1);
        assertThat(done.findings().hoursChecked()).isEqualTo(1);
        assertThat(done.findings().subscriptionsRecreated()).containsExactly(SHOP + " orders/paid");
        assertThat(store.isSubscribed(WebhookTopic.ORDERS_PAID)).isTrue();
        assertThat(reconciler.getBean(ThroughputRows.class).find(SHOP, hour)).hasValueSatisfying(row -> {
            assertThat(row.eligible()).isEqualTo(1);
            assertThat(row.received()).isZero();
            assertThat(row.proven()).isFalse();
        });

        List<Message> messages = Devstack.shared()
                .sqs()
                .receiveMessage(b -> b.queueUrl(Devstack.shared().queueUrl(INGEST))
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(2))
                .messages();
        assertThat(messages).singleElement().satisfies(message -> {
            Envelope envelope = EnvelopeJson.read(message.body());
            assertThat(envelope.source()).isEqualTo(EnvelopeSource.RECONCILER);
            assertThat(envelope.format()).isEqualTo(PayloadFormat.ADMIN_GRAPHQL);
            assertThat(envelope.topic()).isEqualTo("orders/create");
            assertThat(envelope.shop()).isEqualTo(SHOP);
            assertThat(envelope.webhookId()).isEqualTo("reconciler-" + done.runId() + "-" + lost.id());
            assertThat(envelope.body()).contains("\"legacyResourceId\":\"" + lost.id() + "\"");
        });
    }

    @Test
    void leavesAnUninstalledShopAloneWhenARunIsRequestedForIt() {
        String uninstalled = "gone-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
        reconciler
                .getBean(ShopRegistry.class)
                .save(new ShopConfig(uninstalled, ShopStatus.UNINSTALLED, Map.of(), List.of(), "demo-admin"));
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
        long adminCallsBefore = store.adminApiStats().requests();
        Reconciliations runs = reconciler.getBean(Reconciliations.class);
        ReconciliationRun requested = runs.request(uninstalled, hour, hour.plus(1, ChronoUnit.HOURS), "ops");

        assertThat(reconciler.getBean(ReconciliationJob.class).runRequested()).isTrue();

        ReconciliationRun done = runs.find(requested.runId()).orElseThrow();
        assertThat(done.state()).isEqualTo(RunState.DONE);
        assertThat(done.findings().hoursChecked()).isZero();
        assertThat(done.findings().problems())
                .singleElement()
                .asString()
                .contains(uninstalled)
                .contains("uninstalled")
                .contains("nothing reconciled");
        assertThat(store.adminApiStats().requests())
                .as("no Admin API call for an uninstalled shop")
                .isEqualTo(adminCallsBefore);
        assertThat(reconciler.getBean(ThroughputRows.class).find(uninstalled, hour))
                .isEmpty();
    }
}
