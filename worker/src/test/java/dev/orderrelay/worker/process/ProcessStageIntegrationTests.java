package dev.orderrelay.worker.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeSource;
import dev.orderrelay.core.envelope.Sha256;
import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.devstack.fault.FaultProxy;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.held.HeldEvents;
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
import dev.orderrelay.worker.privacy.TestPrivacyStages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.batchmanager.SqsAsyncBatchManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ProcessStageIntegrationTests {

    private static final WorkerTestStack STACK = WorkerTestStack.create();
    private static final String ORDER_ID = "820982911946154508";
    /** Order #1042 of the refund fixtures, EUR with taxes included, and its two refunds. */
    private static final String EUR_ORDER_ID = "5820982911946154508";

    private static final String SIZE_REFUND = "refund-998877665544332211";
    private static final String GOODWILL_REFUND = "refund-998877665544332299";
    private static final String REST_REFUNDED = TestEnvelopes.fixture("order-rest-refunded.json");
    private static final String ADMIN_REFUNDED = TestEnvelopes.fixture("order-admin-refunded.json");
    private static final String REFUND = TestEnvelopes.fixture("refund-rest.json");
    private static final String EUR_PAID = TestEnvelopes.fixture("orders-paid-discounted-guest.json");

    private final Clock clock = Clock.systemUTC();
    private final ShopRegistry shops = new ShopRegistry(STACK.enhanced(), STACK.tables(), clock);
    private final OrderLedger orders = new OrderLedger(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final DeliveryClaims claims = new DeliveryClaims(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final ParkedEvents parked = new ParkedEvents(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final HeldEvents held = new HeldEvents(STACK.enhanced(), STACK.tables(), clock);
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

    @Test
    void leavesTheOrderUnprocessedWhileADeliveryQueueIsDownAndPublishesItWhenTheEnvelopeComesBack() throws IOException {
        configureShop(shop);
        Envelope paid = envelope("orders/paid", fixture(), "w-12");
        try (FaultProxy proxy = FaultProxy.to(Devstack.shared().sqsEndpoint());
                SqsAsyncClient sqs = WorkerTestStack.sqsAsyncAt(proxy.endpoint());
                SqsAsyncBatchManager batches = SqsAsyncBatchManager.builder()
                        .client(sqs)
                        .scheduledExecutor(Executors.newSingleThreadScheduledExecutor())
                        .build()) {
            proxy.refuse();
            ProcessStage cut = stage(
                    STACK, new SqsDeliveryPublisher(batches, Map.of("webhook", WorkerTestStack.webhookQueueUrl())));

            assertThatThrownBy(() -> cut.process(paid, "raw")).isInstanceOf(SdkException.class);
        }
        // Registered but not processed, and the webhook not marked seen: the envelope comes back and is processed.
        assertThat(orders.find(shop, ORDER_ID).orElseThrow().state()).isNotEqualTo(OrderState.PROCESSED);
        assertThat(DeliveryQueueTap.forShop(shop)).isEmpty();

        stage.process(paid, "raw");

        assertThat(orders.find(shop, ORDER_ID).orElseThrow().state()).isEqualTo(OrderState.PROCESSED);
        assertThat(DeliveryQueueTap.forShop(shop))
                .extracting(DeliveryMessage::destination)
                .containsExactlyInAnyOrder("hook-a", "hook-b");
    }

    @Test
    void processesAnAdminGraphqlOrderFromTheReconcilerLikeItsRestTwin() {
        String twin = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
        configureShop(shop);
        configureShop(twin);

        stage.process(envelope("orders/updated", REST_REFUNDED, "w-20"), "raw");
        stage.process(TestEnvelopes.reconciler(twin, "orders/updated", ADMIN_REFUNDED, "r-" + twin), "raw");

        assertThat(deliveries(twin, EUR_ORDER_ID)).isEqualTo(deliveries(shop, EUR_ORDER_ID));
        assertThat(deliveries(shop, EUR_ORDER_ID)).hasSize(6);
        assertThat(payloadsWithoutShop(twin)).isEqualTo(payloadsWithoutShop(shop));
        assertThat(orders.find(twin, EUR_ORDER_ID).orElseThrow().firstSource()).isEqualTo("reconciler");
        assertThat(orders.find(shop, EUR_ORDER_ID).orElseThrow().firstSource()).isEqualTo("webhook");
        assertThat(orders.find(twin, EUR_ORDER_ID).orElseThrow().refundIds())
                .containsExactlyInAnyOrder("998877665544332211", "998877665544332299");
    }

    @Test
    void sendsARefundOncePerDestinationHoweverOftenItArrives() {
        configureShop(shop);
        stage.process(envelope("orders/paid", EUR_PAID, "w-30"), "raw");
        markDelivered(EUR_ORDER_ID, "purchase");

        stage.process(envelope("refunds/create", REFUND, "w-31"), "raw");

        List<DeliveryMessage> refunds = messages(SIZE_REFUND);
        assertThat(refunds).extracting(DeliveryMessage::destination).containsExactlyInAnyOrder("hook-a", "hook-b");
        assertThat(refunds).allSatisfy(message -> {
            assertThat(message.orderId()).isEqualTo(EUR_ORDER_ID);
            assertThat(message.key()).isEqualTo(OutboundEvent.deriveKey(shop, "998877665544332211", "refund"));
            assertThat(message.occurredAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
            OrderEvent event = OrderEventJson.fromTree(message.payload());
            assertThat(event.event()).isEqualTo(OrderEventKind.REFUND);
            assertThat(event.refundId()).isEqualTo("998877665544332211");
            assertThat(event.orderName()).isEqualTo("#1042");
            assertThat(event.total()).isEqualTo(new BigDecimal("22.50"));
        });
        markDelivered(EUR_ORDER_ID, SIZE_REFUND);

        stage.process(envelope("refunds/create", REFUND, "w-31"), "raw");
        stage.process(envelope("orders/updated", REST_REFUNDED, "w-32"), "raw");
        markDelivered(EUR_ORDER_ID, GOODWILL_REFUND);
        stage.process(TestEnvelopes.reconciler(shop, "orders/updated", ADMIN_REFUNDED, "r-33"), "raw");

        assertThat(deliveries(shop, EUR_ORDER_ID))
                .containsExactlyInAnyOrder(
                        "hook-a:purchase:DELIVERED",
                        "hook-b:purchase:DELIVERED",
                        "hook-a:" + SIZE_REFUND + ":DELIVERED",
                        "hook-b:" + SIZE_REFUND + ":DELIVERED",
                        "hook-a:" + GOODWILL_REFUND + ":DELIVERED",
                        "hook-b:" + GOODWILL_REFUND + ":DELIVERED");
        assertThat(DeliveryQueueTap.forShop(shop))
                .extracting(m -> m.destination() + ":" + m.event())
                .containsExactlyInAnyOrder(
                        "hook-a:purchase",
                        "hook-b:purchase",
                        "hook-a:" + SIZE_REFUND,
                        "hook-b:" + SIZE_REFUND,
                        "hook-a:" + GOODWILL_REFUND,
                        "hook-b:" + GOODWILL_REFUND);
        assertThat(orders.find(shop, EUR_ORDER_ID).orElseThrow().refundIds())
                .containsExactlyInAnyOrder("998877665544332211", "998877665544332299");
    }

    @Test
    void sendsThePurchaseAndEachRefundOfAnOrderPayloadWithTwoRefunds() {
        configureShop(shop);

        stage.process(envelope("orders/updated", REST_REFUNDED, "w-40"), "raw");

        assertThat(DeliveryQueueTap.forShop(shop))
                .extracting(m -> m.destination() + ":" + m.event())
                .containsExactlyInAnyOrder(
                        "hook-a:purchase",
                        "hook-b:purchase",
                        "hook-a:" + SIZE_REFUND,
                        "hook-b:" + SIZE_REFUND,
                        "hook-a:" + GOODWILL_REFUND,
                        "hook-b:" + GOODWILL_REFUND);
        OrderEvent size =
                OrderEventJson.fromTree(messages(SIZE_REFUND).getFirst().payload());
        assertThat(size.value()).isEqualTo(new BigDecimal("18.75"));
        assertThat(size.total()).isEqualTo(new BigDecimal("22.50"));
        assertThat(size.items())
                .singleElement()
                .satisfies(item -> assertThat(item.quantity()).isEqualTo(1));
        OrderEvent goodwill =
                OrderEventJson.fromTree(messages(GOODWILL_REFUND).getFirst().payload());
        assertThat(goodwill.total()).isEqualTo(new BigDecimal("5.00"));
        assertThat(goodwill.items()).isEmpty();
        assertThat(orders.find(shop, EUR_ORDER_ID).orElseThrow().refundIds())
                .containsExactlyInAnyOrder("998877665544332211", "998877665544332299");
    }

    @Test
    void recordsACancellationAndSendsOnceTheRestThatItsRefundsHadNotReturned() {
        configureShop(shop);
        String cancelled = REST_REFUNDED
                .replace("\"cancelled_at\":null", "\"cancelled_at\":\"2026-11-26T09:00:00+01:00\"")
                .replace("\"cancel_reason\":null", "\"cancel_reason\":\"customer\"")
                .replace("2026-11-26T08:30:05+01:00", "2026-11-26T09:00:05+01:00");

        stage.process(envelope("orders/cancelled", cancelled, "w-50"), "raw");
        stage.process(envelope("orders/updated", cancelled, "w-51"), "raw");

        assertThat(orders.find(shop, EUR_ORDER_ID).orElseThrow().cancelledAt())
                .isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
        List<DeliveryMessage> cancels = messages("cancel");
        assertThat(deliveries(shop, EUR_ORDER_ID)).contains("hook-a:cancel:PENDING", "hook-b:cancel:PENDING");
        // Still pending, so the second sighting published it again: the same event, under the same key.
        assertThat(cancels).extracting(DeliveryMessage::destination).containsOnly("hook-a", "hook-b");
        assertThat(cancels.stream().map(DeliveryMessage::payload).distinct()).hasSize(1);
        assertThat(cancels).allSatisfy(message -> {
            assertThat(message.key()).isEqualTo(OutboundEvent.deriveKey(shop, EUR_ORDER_ID, "cancel"));
            assertThat(message.occurredAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
            OrderEvent event = OrderEventJson.fromTree(message.payload());
            assertThat(event.event()).isEqualTo(OrderEventKind.REFUND);
            assertThat(event.refundId()).isEqualTo("cancel-" + EUR_ORDER_ID);
            // 50.60 of revenue less the tee's 18.75; 63.70 paid less 22.50 and 5.00 refunded.
            assertThat(event.value()).isEqualTo(new BigDecimal("31.85"));
            assertThat(event.total()).isEqualTo(new BigDecimal("36.20"));
            assertThat(event.items()).isEmpty();
        });
        assertThat(DeliveryQueueTap.forShop(shop))
                .extracting(DeliveryMessage::event)
                .containsOnly("purchase", SIZE_REFUND, GOODWILL_REFUND, "cancel");
    }

    @Test
    void sendsNoRefundOfATestOrderOrOfAnOrderNeverPaidButRecordsIt() {
        configureShop(shop);
        String unpaidShop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
        configureShop(unpaidShop);

        stage.process(
                envelope("orders/updated", REST_REFUNDED.replace("\"test\":false", "\"test\":true"), "w-60"), "raw");
        stage.process(
                TestEnvelopes.webhook(unpaidShop, "orders/create", EUR_PAID.replace("\"paid\"", "\"pending\""), "w-61"),
                "raw");
        stage.process(TestEnvelopes.webhook(unpaidShop, "refunds/create", REFUND, "w-62"), "raw");

        assertThat(claims.forOrder(shop, EUR_ORDER_ID)).isEmpty();
        assertThat(claims.forOrder(unpaidShop, EUR_ORDER_ID)).isEmpty();
        assertThat(DeliveryQueueTap.forShop(shop)).isEmpty();
        assertThat(DeliveryQueueTap.forShop(unpaidShop)).isEmpty();
        assertThat(orders.find(shop, EUR_ORDER_ID).orElseThrow().refundIds()).hasSize(2);
        assertThat(orders.find(unpaidShop, EUR_ORDER_ID).orElseThrow().refundIds())
                .containsExactly("998877665544332211");
    }

    @Test
    void holdsARefundOfAnOrderNotSeenYetUntilTheOrdersOwnPayloadCarriesIt() {
        configureShop(shop);

        stage.process(envelope("refunds/create", REFUND, "w-70"), "raw");

        assertThat(orders.find(shop, EUR_ORDER_ID)).isEmpty();
        assertThat(parked.forShop(shop)).isEmpty();
        assertThat(held.forOrder(shop, EUR_ORDER_ID))
                .extracting(e -> e.heldId())
                .containsExactly(SIZE_REFUND);
        stage.process(envelope("orders/updated", REST_REFUNDED, "w-71"), "raw");
        assertThat(messages(SIZE_REFUND))
                .extracting(DeliveryMessage::destination)
                .containsExactlyInAnyOrder("hook-a", "hook-b");
        assertThat(held.forOrder(shop, EUR_ORDER_ID)).isEmpty();
    }

    @Test
    void appliesAHeldRefundWhenAnOlderPayloadOfItsOrderArrivesWithoutIt() {
        configureShop(shop);

        stage.process(envelope("refunds/create", REFUND, "w-72"), "raw");
        stage.process(envelope("orders/paid", EUR_PAID, "w-73"), "raw");

        List<DeliveryMessage> refunds = messages(SIZE_REFUND);
        assertThat(refunds).extracting(DeliveryMessage::destination).containsExactlyInAnyOrder("hook-a", "hook-b");
        OrderEvent event = OrderEventJson.fromTree(refunds.getFirst().payload());
        // Read with the order's own payload: its prices include tax, so the value is net of it.
        assertThat(event.value()).isEqualTo(new BigDecimal("18.75"));
        assertThat(event.items())
                .singleElement()
                .satisfies(item -> assertThat(item.quantity()).isEqualTo(1));
        assertThat(held.forOrder(shop, EUR_ORDER_ID)).isEmpty();
        assertThat(orders.find(shop, EUR_ORDER_ID).orElseThrow().refundIds()).containsExactly("998877665544332211");
    }

    @Test
    void parksAMalformedRefundAndAWrappedAdminOrderWithTheReason() {
        configureShop(shop);

        stage.process(
                envelope("refunds/create", REFUND.replace("\"order_id\":5820982911946154508,", ""), "w-80"), "raw-80");
        stage.process(
                TestEnvelopes.reconciler(shop, "orders/updated", "{\"order\":" + ADMIN_REFUNDED + "}", "r-81"),
                "raw-81");

        assertThat(parked.forShop(shop))
                .extracting(event -> event.webhookId() + ": " + event.reason())
                .containsExactlyInAnyOrder(
                        "w-80: field 'order_id' is missing or not an integer id",
                        "r-81: payload is wrapped: an admin-graphql body is the 'order' object itself,"
                                + " not the GraphQL answer around it");
        assertThat(DeliveryQueueTap.forShop(shop)).isEmpty();
    }

    private static ProcessStage stage(WorkerTestStack stack) {
        return stage(
                stack,
                new SqsDeliveryPublisher(
                        WorkerTestStack.deliveryBatches(), Map.of("webhook", WorkerTestStack.webhookQueueUrl())));
    }

    private static ProcessStage stage(WorkerTestStack stack, DeliveryPublisher publisher) {
        Clock clock = Clock.systemUTC();
        return new ProcessStage(
                new SeenDeliveries(stack.enhanced(), stack.tables(), clock, SeenDeliveries.DEFAULT_RETENTION),
                new ShopRegistry(stack.enhanced(), stack.tables(), clock),
                new OrderLedger(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock),
                new DeliveryClaims(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock),
                new HeldEvents(stack.enhanced(), stack.tables(), clock),
                new ProcessParking(new ParkedEvents(stack.enhanced(), stack.dynamoDb(), stack.tables(), clock)),
                new EnvelopeBodies(Devstack.shared().s3()),
                publisher,
                TestPrivacyStages.on(stack),
                dev.orderrelay.worker.process.Enricher.NONE,
                dev.orderrelay.worker.activity.ActivityTally.NONE);
    }

    /** Every delivery of the order in {@code shop}'s ledger, as {@code destination:event:state}. */
    private Set<String> deliveries(String domain, String orderId) {
        return claims.forOrder(domain, orderId).stream()
                .map(r -> r.key().destination() + ":" + r.key().event() + ":" + r.state())
                .collect(Collectors.toSet());
    }

    /** What each destination was sent about each event, keyed {@code destination:event}, without the shop. */
    private static Map<String, JsonNode> payloadsWithoutShop(String domain) {
        return DeliveryQueueTap.forShop(domain).stream()
                .collect(Collectors.toMap(
                        m -> m.destination() + ":" + m.event(),
                        m -> {
                            ObjectNode payload = (ObjectNode) m.payload().deepCopy();
                            payload.remove("shop");
                            return payload;
                        },
                        (first, again) -> first));
    }

    private List<DeliveryMessage> messages(String event) {
        return DeliveryQueueTap.forShop(shop).stream()
                .filter(m -> m.event().equals(event))
                .toList();
    }

    private void markDelivered(String orderId, String event) {
        for (String destination : List.of("hook-a", "hook-b")) {
            ClaimResult claimed =
                    claims.claim(new DeliveryKey(shop, orderId, destination, event), Duration.ofMinutes(1));
            claims.markDelivered(((ClaimResult.Claimed) claimed).claim());
        }
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
