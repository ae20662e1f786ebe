package dev.orderrelay.worker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.orders.OrderState;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import dev.orderrelay.ledger.privacy.StoredBody;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.worker.DeliveryQueueTap;
import dev.orderrelay.worker.WorkerTestStack;
import dev.orderrelay.worker.delivery.DeliveryMessage;
import dev.orderrelay.worker.delivery.DeliveryMessageJson;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code customers/redact} end to end on the real process stage: two customers' realistic orders go through it
 * (inline, large by claim check, malformed and parked, a delivery parked with a destination's answer quoting the
 * customer id), one of them is redacted, and then no ledger table and no object of the bodies bucket holds a trace of
 * that customer's personal data, while the other customer's is untouched and the pipeline's records stay.
 */
@ExtendWith(OutputCaptureExtension.class)
class CustomerRedactionIntegrationTests {

    private static final WorkerTestStack STACK = WorkerTestStack.create();

    private final PrivacyPipeline pipeline = new PrivacyPipeline(STACK);
    private final String shop = PrivacyPipeline.freshShop();
    private final TestCustomer ada = TestCustomer.fresh("Augusta", "King");
    private final TestCustomer charles = TestCustomer.fresh("Charles", "Babbage");

    private final String adaInline = "820982911946100001";
    private final String adaLarge = "820982911946100002";
    private final String adaBroken = "820982911946100003";
    private final String adaHeld = "820982911946100004";
    private final String charlesInline = "820982911946200001";
    private final String charlesLarge = "820982911946200002";
    private final String charlesBroken = "820982911946200003";

    private Envelope adaBrokenWebhook;
    private Envelope charlesBrokenWebhook;

    @BeforeEach
    void ordersOfBothCustomersWentThroughThePipeline() {
        pipeline.configure(shop);
        pipeline.webhook(shop, "orders/paid", ada.order(adaInline, 1001));
        pipeline.largeWebhook(shop, "orders/paid", ada.largeOrder(adaLarge, 1002));
        adaBrokenWebhook = pipeline.webhook(shop, "orders/create", ada.malformedOrder(adaBroken, 1003));
        pipeline.webhook(shop, "refunds/create", ada.refundOfAnOrderNotSeenYet(adaHeld));
        pipeline.webhook(shop, "orders/paid", charles.order(charlesInline, 2001));
        pipeline.largeWebhook(shop, "orders/paid", charles.largeOrder(charlesLarge, 2002));
        charlesBrokenWebhook = pipeline.webhook(shop, "orders/create", charles.malformedOrder(charlesBroken, 2003));
        List<DeliveryMessage> published = DeliveryQueueTap.forShop(shop);
        parkAsAmplitudeThrottled(published, adaInline, ada);
        parkAsAmplitudeThrottled(published, charlesInline, charles);
    }

    @Test
    void leavesNoTraceOfTheCustomerInAnyLedgerTableOrStoredBodyAndLeavesTheOtherCustomerAlone() {
        pipeline.webhook(
                shop,
                "customers/data_request",
                PrivacyPipeline.customerRequest(shop, ada, List.of(adaInline, adaLarge, adaBroken, adaHeld), "9999"));
        assertThat(pipeline.exports.find(shop, "9999")).isPresent();
        List<String> charlesBefore = traces(charles);

        pipeline.webhook(
                shop,
                "customers/redact",
                PrivacyPipeline.customerRequest(shop, ada, List.of(adaInline, adaLarge, adaBroken, adaHeld), null));

        for (String value : ada.personalValues()) {
            assertThat(LedgerTexts.mentioning(STACK.dynamoDb(), STACK.tables(), value))
                    .as("ledger items holding %s", value)
                    .isEmpty();
            assertThat(PrivacyPipeline.bucketObjects())
                    .as("stored bodies holding %s", value)
                    .noneMatch(object -> object.toLowerCase().contains(value.toLowerCase()));
        }
        assertThat(traces(charles)).containsExactlyInAnyOrderElementsOf(charlesBefore);
        assertThat(charlesBefore).isNotEmpty();
        assertThat(pipeline.exports.find(shop, "9999")).isEmpty();
    }

    @Test
    void keepsThePipelinesRecordsAndTheRedactedLargeBodyReadableAsAGuestOrder() {
        pipeline.webhook(
                shop,
                "customers/redact",
                PrivacyPipeline.customerRequest(shop, ada, List.of(adaInline, adaLarge, adaBroken, adaHeld), null));

        assertThat(pipeline.orders.find(shop, adaInline))
                .hasValueSatisfying(order -> assertThat(order.state()).isEqualTo(OrderState.PROCESSED));
        assertThat(pipeline.claims.forOrder(shop, adaLarge))
                .singleElement()
                .satisfies(delivery -> assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING));
        StoredBody redacted = pipeline.storedBodies.forOrder(shop, adaLarge).getFirst();
        String body = Devstack.shared()
                .s3()
                .getObjectAsBytes(b -> b.bucket(redacted.bucket()).key(redacted.key()))
                .asUtf8String();
        assertThat(BodyObjects.sha256(body)).isEqualTo(redacted.sha256());
        ShopifyOrder order = new RestOrderParser().parse(body);
        assertThat(order.id()).isEqualTo(adaLarge);
        assertThat(order.customerId()).isNull();
        assertThat(order.totalPrice()).isEqualByComparingTo("29.90");
        assertThat(order.lineItems()).hasSize(801);
        // The refund held for an order not seen yet stays held, redacted, to apply when its order comes.
        assertThat(new dev.orderrelay.ledger.held.HeldEvents(
                                STACK.enhanced(), STACK.tables(), java.time.Clock.systemUTC())
                        .forOrder(shop, adaHeld))
                .singleElement()
                .satisfies(held -> assertThat(held.message())
                        .contains("998877665544332211")
                        .doesNotContainIgnoringCase(ada.email()));
    }

    @Test
    void discardsTheParkedMalformedPayloadItCouldNotRedactFieldByFieldAndSaysWhy() {
        pipeline.webhook(
                shop,
                "customers/redact",
                PrivacyPipeline.customerRequest(shop, ada, List.of(adaInline, adaLarge, adaBroken, adaHeld), null));

        List<ParkedEvent> events = pipeline.parked.forShop(shop);
        assertThat(events)
                .filteredOn(event -> adaBrokenWebhook.webhookId().equals(event.webhookId()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.status()).isEqualTo(ParkedStatus.DISCARDED);
                    assertThat(event.resolvedBy()).isEqualTo("shopify");
                    assertThat(event.resolution()).contains("customers/redact");
                    assertThat(event.message()).contains(ParkedRedaction.REMOVED);
                });
        assertThat(events)
                .filteredOn(event -> charlesBrokenWebhook.webhookId().equals(event.webhookId()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.status()).isEqualTo(ParkedStatus.PARKED);
                    assertThat(event.message()).contains(charles.email(), charlesBroken);
                });
    }

    @Test
    void auditsTheRedactionWithCountsAndNoPersonalData() {
        Envelope redact = pipeline.webhook(
                shop,
                "customers/redact",
                PrivacyPipeline.customerRequest(shop, ada, List.of(adaInline, adaLarge, adaBroken, adaHeld), null));

        assertThat(pipeline.auditOf(shop)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("shopify");
            assertThat(entry.action()).isEqualTo("customer-redact");
            assertThat(entry.target()).isEqualTo("webhook " + redact.webhookId());
            assertThat(entry.outcome())
                    .contains("stored bodies 1", "parked events 2", "held events 1", "delivery errors 1");
            assertThat(entry.count()).isEqualTo(5);
        });
    }

    @Test
    void doesNothingMoreWhenTheRequestComesAgain() {
        Envelope redact = pipeline.webhook(
                shop,
                "customers/redact",
                PrivacyPipeline.customerRequest(shop, ada, List.of(adaInline, adaLarge, adaBroken, adaHeld), null));
        List<String> objects = PrivacyPipeline.bucketObjects();

        pipeline.replay(redact);

        assertThat(PrivacyPipeline.bucketObjects()).containsExactlyInAnyOrderElementsOf(objects);
        assertThat(pipeline.auditOf(shop)).extracting(entry -> entry.count()).containsExactlyInAnyOrder(5, 0);
    }

    @Test
    void logsWhatItDidWithoutAnyOfTheCustomersPersonalData(CapturedOutput output) {
        pipeline.webhook(
                shop,
                "customers/data_request",
                PrivacyPipeline.customerRequest(shop, ada, List.of(adaInline, adaLarge, adaBroken, adaHeld), "9999"));
        pipeline.webhook(
                shop,
                "customers/redact",
                PrivacyPipeline.customerRequest(shop, ada, List.of(adaInline, adaLarge, adaBroken, adaHeld), null));
        pipeline.webhook(shop, "customers/redact", "{\"customer\":{\"email\":42,\"phone\":\"" + ada.phone() + "\"}}");

        assertThat(output.getAll()).contains("privacy request done topic=customers/redact shop=" + shop);
        for (String value : ada.personalValues()) {
            assertThat(output.getAll()).doesNotContainIgnoringCase(value);
        }
    }

    /** Where the customer's values are found now: each ledger item and stored object, as text. */
    private List<String> traces(TestCustomer customer) {
        List<String> found = new java.util.ArrayList<>();
        for (String value : customer.personalValues()) {
            found.addAll(LedgerTexts.mentioning(STACK.dynamoDb(), STACK.tables(), value));
            PrivacyPipeline.bucketObjects().stream()
                    .filter(object -> object.contains(value))
                    .forEach(found::add);
        }
        return found;
    }

    /**
     * The customer's purchase delivery parked as the deliver stage parks it after Amplitude's 429, whose answer lists
     * the throttled user ids (customer ids), and its delivery message with the event's identity.
     */
    private void parkAsAmplitudeThrottled(List<DeliveryMessage> published, String orderId, TestCustomer customer) {
        DeliveryMessage message = published.stream()
                .filter(m -> m.orderId().equals(orderId))
                .findFirst()
                .orElseThrow();
        ClaimResult result =
                pipeline.claims.claim(new DeliveryKey(shop, orderId, "hook", "purchase"), Duration.ofMinutes(1));
        Claim claim = ((ClaimResult.Claimed) result).claim();
        String reason = "gave up after 12 attempts; last: amplitude answered 429: {\"code\":429,\"error\":\"Too many"
                + " requests for some devices and users\",\"throttled_users\":{\"" + customer.customerId() + "\":31}}";
        pipeline.claims.park(claim, reason);
        pipeline.parked.park(new ParkedEvents.Parking(
                shop, ParkedStage.DELIVER, "hook", orderId, null, reason, 12, DeliveryMessageJson.write(message)));
    }
}
