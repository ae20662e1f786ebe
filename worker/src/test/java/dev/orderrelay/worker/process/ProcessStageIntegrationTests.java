package dev.orderrelay.worker.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.Sha256;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.devstack.fault.FaultProxy;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderState;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.DeliveryQueueTap;
import dev.orderrelay.worker.TestEnvelopes;
import dev.orderrelay.worker.WorkerTestStack;
import dev.orderrelay.worker.delivery.DeliveryMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;

class ProcessStageIntegrationTests {

    private static final WorkerTestStack STACK = WorkerTestStack.create();
    private static final String ORDER_ID = "820982911946154508";

    private final Clock clock = Clock.systemUTC();
    private final ShopRegistry shops = new ShopRegistry(STACK.enhanced(), STACK.tables(), clock);
    private final OrderLedger orders = new OrderLedger(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final DeliveryClaims claims = new DeliveryClaims(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final ParkedEvents parked = new ParkedEvents(STACK.enhanced(), STACK.tables(), clock);
    private final ProcessStage stage = stage(STACK);
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void recordsAPaidOrderAndFansOutOnePurchasePerDestination() throws IOException {
        configureShop(shop);

        stage.process(envelope("orders/paid", fixture(), "w-1"), "raw");

        assertThat(orders.find(shop, ORDER_ID).orElseThrow().state()).isEqualTo(OrderState.PROCESSED);
        assertThat(claims.forOrder(shop, ORDER_ID))
                .extracting(r -> r.key().destination() + ":" + r.state())
                .containsExactlyInAnyOrder("hook-a:" + DeliveryState.PENDING, "hook-b:" + DeliveryState.PENDING);
        List<DeliveryMessage> messages = DeliveryQueueTap.forShop(shop);
        assertThat(messages).extracting(DeliveryMessage::destination).containsExactlyInAnyOrder("hook-a", "hook-b");
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.orderId()).isEqualTo(ORDER_ID);
            assertThat(m.event()).isEqualTo("purchase");
            assertThat(m.key()).startsWith("evt_");
        });
    }

    @Test
    void skipsADeliveryItAlreadyProcessed() throws IOException {
        configureShop(shop);
        Envelope paid = envelope("orders/paid", fixture(), "w-2");

        stage.process(paid, "raw");
        stage.process(paid, "raw");

        assertThat(DeliveryQueueTap.forShop(shop)).hasSize(2);
    }

    @Test
    void makesOnePurchaseOfOrdersCreateThenOrdersPaid() throws IOException {
        configureShop(shop);

        stage.process(envelope("orders/create", fixture().replace("\"paid\"", "\"pending\""), "w-3"), "raw");
        stage.process(envelope("orders/paid", fixture(), "w-4"), "raw");
        stage.process(envelope("orders/updated", fixture(), "w-5"), "raw");

        assertThat(claims.forOrder(shop, ORDER_ID)).hasSize(2);
        assertThat(claims.forOrder(shop, ORDER_ID))
                .extracting(r -> r.idempotencyKey())
                .containsOnly(dev.orderrelay.destinations.OutboundEvent.deriveKey(shop, ORDER_ID, "purchase"));
    }

    @Test
    void publishesARepeatSightingOnlyWhereTheDeliveryIsStillPending() {
        configureShop(shop);
        stage.process(envelope("orders/paid", fixture(), "w-10"), "raw");
        Claim delivered = ((ClaimResult.Claimed)
                        claims.claim(new DeliveryKey(shop, ORDER_ID, "hook-a", "purchase"), Duration.ofMinutes(1)))
                .claim();
        claims.markDelivered(delivered);

        stage.process(envelope("orders/updated", fixture(), "w-11"), "raw");

        assertThat(DeliveryQueueTap.forShop(shop))
                .extracting(DeliveryMessage::destination)
                .containsExactlyInAnyOrder("hook-a", "hook-b", "hook-b");
    }

    @Test
    void parksMalformedJsonWithAReason() {
        configureShop(shop);

        stage.process(envelope("orders/create", "{\"id\": 820982911946154508, \"line_items\": [", "w-6"), "raw-6");

        assertThat(parked.forShop(shop)).singleElement().satisfies(event -> {
            assertThat(event.reason()).contains("not valid JSON");
            assertThat(event.webhookId()).isEqualTo("w-6");
            assertThat(event.message()).isEqualTo("raw-6");
        });
        assertThat(DeliveryQueueTap.forShop(shop)).isEmpty();
    }

    @Test
    void parksAnUnknownShopVisiblyAndProcessesItsReplayOnceConfigured() throws IOException {
        Envelope unknown = envelope("orders/paid", fixture(), "w-7");

        stage.process(unknown, "raw-7");

        assertThat(parked.forShop(shop))
                .singleElement()
                .satisfies(event -> assertThat(event.reason())
                        .contains("unknown shop " + shop)
                        .contains("PUT /api/shops/" + shop));
        configureShop(shop);
        stage.process(replayOf(unknown), "raw-7");
        assertThat(claims.forOrder(shop, ORDER_ID)).hasSize(2);
    }

    @Test
    void readsALargeBodyStoredByReference() throws IOException {
        configureShop(shop);
        byte[] body = fixture().getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(body);
        BodyReference reference = BodyReference.forSha256(DevstackResources.BODIES_BUCKET, sha);
        Devstack.shared()
                .s3()
                .putObject(b -> b.bucket(reference.bucket()).key(reference.key()), RequestBody.fromBytes(body));

        stage.process(envelope("orders/paid", "x", "w-8").withBodyStoredAt(reference, sha), "raw");

        assertThat(orders.find(shop, ORDER_ID)).isPresent();
    }

    @Test
    void processesNothingAndLetsTheMessageComeBackWhileTheLedgerIsDown() throws IOException {
        configureShop(shop);
        try (FaultProxy proxy = FaultProxy.to(Devstack.shared().dynamoDbEndpoint())) {
            WorkerTestStack cut = WorkerTestStack.createWithDynamoDbAt(proxy.endpoint());
            new ShopRegistry(cut.enhanced(), cut.tables(), clock).save(shopConfig(shop));
            proxy.refuse();

            assertThatThrownBy(() -> stage(cut).process(envelope("orders/paid", fixture(), "w-9"), "raw"))
                    .isInstanceOf(SdkException.class);
        }
        assertThat(DeliveryQueueTap.forShop(shop)).isEmpty();
    }

    private static ProcessStage stage(WorkerTestStack stack) {
        Clock clock = Clock.systemUTC();
        return new ProcessStage(
                new SeenDeliveries(stack.enhanced(), stack.tables(), clock, SeenDeliveries.DEFAULT_RETENTION),
                new ShopRegistry(stack.enhanced(), stack.tables(), clock),
                new OrderLedger(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock),
                new DeliveryClaims(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock),
                new ProcessParking(new ParkedEvents(stack.enhanced(), stack.tables(), clock)),
                new EnvelopeBodies(Devstack.shared().s3()),
                new SqsDeliveryPublisher(
                        WorkerTestStack.sqsAsync(), Map.of("webhook", WorkerTestStack.webhookQueueUrl())));
    }

    private void configureShop(String domain) {
        shops.save(shopConfig(domain));
    }

    private static ShopConfig shopConfig(String domain) {
        return new ShopConfig(
                domain,
                ShopStatus.ACTIVE,
                Map.of(),
                List.of(
                        new DestinationConfig("hook-a", "webhook", Map.of("url", "https://a.example.com"), "a"),
                        new DestinationConfig("hook-b", "webhook", Map.of("url", "https://b.example.com"), "b")));
    }

    private Envelope envelope(String topic, String body, String webhookId) {
        return TestEnvelopes.webhook(shop, topic, body, webhookId);
    }

    private static Envelope replayOf(Envelope original) {
        return new Envelope(
                original.v(),
                EnvelopeSource.REPLAY,
                original.platform(),
                original.shop(),
                original.topic(),
                original.webhookId(),
                original.eventId(),
                original.triggeredAt(),
                original.apiVersion(),
                Instant.now(),
                original.format(),
                original.body(),
                original.bodyRef(),
                original.bodySha256());
    }

    private static String fixture() {
        return TestEnvelopes.paidOrder();
    }
}
