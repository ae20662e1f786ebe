package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.Sha256;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.ledger.audit.AuditEntry;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import dev.orderrelay.ledger.privacy.StoredBodies;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.TestEnvelopes;
import dev.orderrelay.worker.WorkerTestStack;
import dev.orderrelay.worker.process.EnvelopeBodies;
import dev.orderrelay.worker.process.ProcessParking;
import dev.orderrelay.worker.process.ProcessStage;
import dev.orderrelay.worker.process.SqsDeliveryPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The real process stage, privacy stage included, on a test stack's ledger tables, the devstack's bodies bucket and
 * the webhook delivery queue, with the stores tests check; and the envelopes the receiver would write.
 */
final class PrivacyPipeline {

    final WorkerTestStack stack;
    final Clock clock = Clock.systemUTC();
    final ShopRegistry shops;
    final OrderLedger orders;
    final DeliveryClaims claims;
    final ParkedEvents parked;
    final StoredBodies storedBodies;
    final DataRequestExports exports;
    final AuditLog audit;
    final ProcessStage stage;

    PrivacyPipeline(WorkerTestStack stack) {
        this.stack = stack;
        this.shops = new ShopRegistry(stack.enhanced(), stack.tables(), clock);
        this.orders = new OrderLedger(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock);
        this.claims = new DeliveryClaims(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock);
        this.parked = new ParkedEvents(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock);
        this.storedBodies = new StoredBodies(stack.enhanced(), stack.tables(), clock);
        this.exports = new DataRequestExports(stack.enhanced(), stack.tables(), clock);
        this.audit = new AuditLog(stack.enhanced(), stack.tables(), clock);
        this.stage = new ProcessStage(
                new SeenDeliveries(stack.enhanced(), stack.tables(), clock, SeenDeliveries.DEFAULT_RETENTION),
                shops,
                orders,
                claims,
                new dev.orderrelay.ledger.held.HeldEvents(stack.enhanced(), stack.tables(), clock),
                new ProcessParking(parked),
                new EnvelopeBodies(Devstack.shared().s3()),
                new SqsDeliveryPublisher(
                        WorkerTestStack.deliveryBatches(), Map.of("webhook", WorkerTestStack.webhookQueueUrl())),
                TestPrivacyStages.on(stack),
                dev.orderrelay.worker.process.Enricher.NONE,
                dev.orderrelay.worker.activity.ActivityTally.NONE);
    }

    static String freshShop() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
    }

    /** An active shop with one signed-webhook destination, {@code hook}. */
    void configure(String shop) {
        shops.save(new ShopConfig(
                shop,
                ShopStatus.ACTIVE,
                Map.of(),
                List.of(new DestinationConfig(
                        "hook", "webhook", Map.of("url", "https://merchant.example/hooks"), "merchant-secret"))));
    }

    /** Processes a webhook as the receiver would enqueue it, with a fresh webhook id. */
    Envelope webhook(String shop, String topic, String body) {
        Envelope envelope = TestEnvelopes.webhook(shop, topic, body, "w-" + UUID.randomUUID());
        process(envelope);
        return envelope;
    }

    /** Processes a body stored first in the bodies bucket (the claim check), as a large webhook travels. */
    Envelope largeWebhook(String shop, String topic, String body) {
        Envelope envelope = TestEnvelopes.webhook(shop, topic, "x", "w-" + UUID.randomUUID())
                .withBodyStoredAt(store(body), Sha256.hex(body.getBytes(StandardCharsets.UTF_8)));
        process(envelope);
        return envelope;
    }

    void process(Envelope envelope) {
        stage.process(envelope, EnvelopeJson.write(envelope));
    }

    /** The same envelope sent again on purpose (support's replay): not skipped as a duplicate. */
    void replay(Envelope envelope) {
        process(new Envelope(
                envelope.v(),
                EnvelopeSource.REPLAY,
                envelope.platform(),
                envelope.shop(),
                envelope.topic(),
                envelope.webhookId(),
                envelope.eventId(),
                envelope.triggeredAt(),
                envelope.apiVersion(),
                Instant.now(),
                envelope.format(),
                envelope.body(),
                envelope.bodyRef(),
                envelope.bodySha256()));
    }

    static BodyReference store(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        BodyReference reference = BodyReference.forSha256(DevstackResources.BODIES_BUCKET, Sha256.hex(bytes));
        Devstack.shared()
                .s3()
                .putObject(b -> b.bucket(reference.bucket()).key(reference.key()), RequestBody.fromBytes(bytes));
        return reference;
    }

    /** Every object of the shared bodies bucket, as text (a listing: fine in a test). */
    static List<String> bucketObjects() {
        List<String> texts = new ArrayList<>();
        Devstack.shared()
                .s3()
                .listObjectsV2Paginator(b -> b.bucket(DevstackResources.BODIES_BUCKET))
                .contents()
                .forEach(object -> texts.add(Devstack.shared()
                        .s3()
                        .getObjectAsBytes(
                                b -> b.bucket(DevstackResources.BODIES_BUCKET).key(object.key()))
                        .asUtf8String()));
        return texts;
    }

    List<AuditEntry> auditOf(String shop) {
        return audit.forShop(
                shop, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60), 100);
    }

    /** A privacy webhook body as Shopify sends it for {@code customer}. */
    static String customerRequest(String shop, TestCustomer customer, List<String> orders, String dataRequestId) {
        String ordersField = dataRequestId == null ? "orders_to_redact" : "orders_requested";
        return "{\"shop_id\":954889,\"shop_domain\":\"" + shop + "\",\"customer\":{\"id\":" + customer.customerId()
                + ",\"email\":\"" + customer.email() + "\",\"phone\":\"" + customer.phone() + "\"},\"" + ordersField
                + "\":[" + String.join(",", orders) + "]"
                + (dataRequestId == null ? "" : ",\"data_request\":{\"id\":" + dataRequestId + "}") + "}";
    }
}
