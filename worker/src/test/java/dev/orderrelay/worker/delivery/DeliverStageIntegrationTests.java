package dev.orderrelay.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.webhook.WebhookDestination;
import dev.orderrelay.destinations.webhook.WebhookDestinationSettings;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.destinations.EventFilter;
import dev.orderrelay.devstack.destinations.FakeWebhookDestination;
import dev.orderrelay.devstack.destinations.Fault;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.WebhookSecret;
import dev.orderrelay.devstack.fault.FaultProxy;
import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.WorkerTestStack;
import dev.orderrelay.worker.isolation.DestinationGuards;
import dev.orderrelay.worker.isolation.Guard;
import dev.orderrelay.worker.isolation.IsolationProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deliver stage on real parts: the ledger on DynamoDB Local, the real signed-webhook sender, and the devstack's
 * fake merchant endpoint, which verifies signatures with its own code and flags repeated webhook ids.
 */
class DeliverStageIntegrationTests {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final WorkerTestStack STACK = WorkerTestStack.create();
    private static final FakeWebhookDestination MERCHANT = FakeWebhookDestination.start(0);
    private static final WebhookDestination SENDER = new WebhookDestination(
            WebhookDestinationSettings.defaults()
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
                    .withAllowedTargets(Set.of("127.0.0.1")),
            Clock.systemUTC());

    private final MutableClock clock = new MutableClock(Instant.now());
    private final DeliveryClaims claims = new DeliveryClaims(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final ParkedEvents parked = new ParkedEvents(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final ShopRegistry shops = new ShopRegistry(STACK.enhanced(), STACK.tables(), clock);
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
    private final String hook = "hook-" + UUID.randomUUID().toString().substring(0, 8);
    private final DeliverStage stage = stage(claims);

    @AfterEach
    void clearFaults() {
        MERCHANT.clearFault();
    }

    @AfterAll
    static void stop() {
        MERCHANT.close();
        SENDER.close();
    }

    @Test
    void deliversAPurchaseOnceAndRecordsIt() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());

        assertThat(stage.deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());
        assertThat(stage.deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());

        assertThat(received()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(message.key());
            assertThat(event.orderId()).isEqualTo("820982911946154508");
            assertThat(event.event()).isEqualTo("purchase");
            assertThat(event.duplicate()).isFalse();
        });
        assertThat(delivery().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void sendsARefundDeliveryAsARefundUnderTheRefundsOwnKey() {
        purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        String event = "refund-998877665544332211";
        String key = OutboundEvent.deriveKey(shop, "820982911946154508", event);
        DeliveryKey delivery = new DeliveryKey(shop, "820982911946154508", hook, event);
        claims.register(delivery, "webhook", key);
        DeliveryMessage refund = new DeliveryMessage(
                DeliveryMessage.CURRENT_VERSION,
                shop,
                "820982911946154508",
                hook,
                "webhook",
                event,
                key,
                Instant.parse("2026-11-25T09:00:00Z"),
                JsonMapper.builder().build().createObjectNode().put("orderId", "820982911946154508"));

        assertThat(stage.deliver(refund, "raw")).isEqualTo(new QueueAction.Acknowledge());

        assertThat(received()).singleElement().satisfies(received -> {
            assertThat(received.key()).isEqualTo(key);
            assertThat(received.type()).isEqualTo("order.refund");
        });
        assertThat(claims.forOrder(shop, "820982911946154508"))
                .filteredOn(record -> record.key().equals(delivery))
                .singleElement()
                .satisfies(record -> assertThat(record.state()).isEqualTo(DeliveryState.DELIVERED));
    }

    @Test
    void retriesWhileTheDestinationFailsThenDeliversOnceAndParksNothing() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        MERCHANT.setFault(hook, Fault.status(500).forOrders(2));

        QueueAction first = stage.deliver(message, "raw");
        QueueAction second = stage.deliver(message, "raw");
        QueueAction third = stage.deliver(message, "raw");

        assertThat(first)
                .isInstanceOfSatisfying(
                        QueueAction.RetryIn.class,
                        retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(10)));
        assertThat(second)
                .isInstanceOfSatisfying(
                        QueueAction.RetryIn.class,
                        retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(20)));
        assertThat(third).isEqualTo(new QueueAction.Acknowledge());
        assertThat(received()).hasSize(1);
        assertThat(delivery().attempts()).isEqualTo(3);
        assertThat(parked.forShop(shop)).isEmpty();
    }

    @Test
    void slowsToTheDestinationsRetryAfterWithoutParking() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        MERCHANT.setFault(hook, Fault.throttle().forSeconds(7));

        assertThat(stage.deliver(message, "raw"))
                .isInstanceOfSatisfying(
                        QueueAction.RetryIn.class,
                        retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(7)));
        assertThat(parked.forShop(shop)).isEmpty();
    }

    @Test
    void parksWithTheDestinationsReasonWhenItRejectsTheEvent() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        MERCHANT.setFault(hook, Fault.status(422).forOrders(1));

        assertThat(stage.deliver(message, "raw-message")).isEqualTo(new QueueAction.Acknowledge());

        assertThat(delivery().state()).isEqualTo(DeliveryState.PARKED);
        assertThat(parked.forShop(shop)).singleElement().satisfies(event -> {
            assertThat(event.reason()).contains("422");
            assertThat(event.destination()).isEqualTo(hook);
            assertThat(event.message()).isEqualTo("raw-message");
        });
    }

    @Test
    void aSenderKilledAfterTheDestinationsAcceptanceLeadsToOneEventByKey() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        ClaimResult.Claimed killed = (ClaimResult.Claimed) claims.claim(key(), LEASE);
        SENDER.send(
                new OutboundEvent(
                        shop,
                        message.orderId(),
                        "purchase",
                        killed.claim().idempotencyKey(),
                        message.occurredAt(),
                        message.payload()),
                new dev.orderrelay.destinations.DestinationTarget(
                        hook,
                        DestinationKind.WEBHOOK,
                        Map.of("url", url()),
                        dev.orderrelay.destinations.DestinationSecret.of(SECRET)));

        clock.advance(LEASE);
        assertThat(stage.deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());

        List<RecordedEvent> events = received();
        assertThat(events).extracting(RecordedEvent::key).containsOnly(message.key());
        assertThat(events).filteredOn(event -> !event.duplicate()).hasSize(1);
        assertThat(delivery().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aSenderKilledAfterClaimingAndBeforeSendingIsReplacedOnceItsLeaseExpires() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        claims.claim(key(), LEASE);

        assertThat(stage.deliver(message, "raw")).isInstanceOf(QueueAction.RetryIn.class);
        clock.advance(LEASE);
        assertThat(stage.deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());

        assertThat(received()).hasSize(1);
        assertThat(delivery().attempts()).isEqualTo(2);
    }

    @Test
    void refusesToSendToAnInternalAddressAndParksIt() {
        DeliveryMessage message = purchase("http://169.254.169.254/latest/meta-data");

        assertThat(stage.deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());

        assertThat(delivery().state()).isEqualTo(DeliveryState.PARKED);
        assertThat(parked.forShop(shop).getFirst().reason()).contains("not allowed");
    }

    @Test
    void parksADeliveryOfAnUninstalledShopUnsentAndSendsItOnceAfterAnInstallAgainAndAReplay() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        ShopConfig active = shops.find(shop).orElseThrow();
        shops.save(new ShopConfig(shop, ShopStatus.UNINSTALLED, active.policy(), active.destinations()));

        assertThat(stage.deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());

        assertThat(received()).isEmpty();
        assertThat(delivery().state()).isEqualTo(DeliveryState.PARKED);
        assertThat(parked.forShop(shop)).singleElement().satisfies(event -> {
            assertThat(event.reason()).isEqualTo(DeliverStage.uninstalled(shop));
            assertThat(event.reason()).contains("is uninstalled: not sent", "replay");
            assertThat(event.message()).isEqualTo("raw");
        });
        shops.save(active);
        claims.reopen(key());
        assertThat(stage.deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());
        assertThat(received()).hasSize(1);
        assertThat(delivery().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void neverSendsForAnUninstalledShopEvenWhenTheDeliveryWasAlreadyClaimedOnce() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        MERCHANT.setFault(hook, Fault.status(503).forOrders(1));
        assertThat(stage.deliver(message, "raw")).isInstanceOf(QueueAction.RetryIn.class);
        ShopConfig active = shops.find(shop).orElseThrow();
        shops.save(new ShopConfig(shop, ShopStatus.UNINSTALLED, active.policy(), active.destinations()));
        MERCHANT.clearFault();

        assertThat(stage.deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());

        assertThat(received()).isEmpty();
        assertThat(delivery().state()).isEqualTo(DeliveryState.PARKED);
        assertThat(delivery().attempts()).isEqualTo(2);
    }

    @Test
    void sendsNothingWhileTheLedgerIsUnreachableAndDeliversOnceItReturns() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        try (FaultProxy proxy = FaultProxy.to(Devstack.shared().dynamoDbEndpoint())) {
            WorkerTestStack cut = WorkerTestStack.createWithDynamoDbAt(proxy.endpoint());
            DeliveryClaims throughProxy = new DeliveryClaims(cut.enhanced(), cut.dynamoDb(), STACK.tables(), clock);
            proxy.refuse();

            assertThatThrownBy(() -> stage(throughProxy).deliver(message, "raw"))
                    .isInstanceOf(SdkException.class);
            assertThat(received()).isEmpty();
            assertThat(delivery().state()).isEqualTo(DeliveryState.PENDING);

            proxy.pass();
            assertThat(stage(throughProxy).deliver(message, "raw")).isEqualTo(new QueueAction.Acknowledge());
        }
        assertThat(received()).hasSize(1);
        assertThat(delivery().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void waitsOutALedgerOutageAfterTheDestinationTookTheEventSoItIsNotSentAgain() throws Exception {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        MERCHANT.setFault(Fault.delay(1_500));
        try (FaultProxy proxy = FaultProxy.to(Devstack.shared().dynamoDbEndpoint())) {
            WorkerTestStack cut = WorkerTestStack.createWithDynamoDbAt(proxy.endpoint());
            DeliveryClaims throughProxy = new DeliveryClaims(cut.enhanced(), cut.dynamoDb(), STACK.tables(), clock);
            CompletableFuture<QueueAction> delivering =
                    CompletableFuture.supplyAsync(() -> stage(throughProxy).deliver(message, "raw"));
            await().atMost(Duration.ofSeconds(5)).until(() -> !received().isEmpty());
            // The merchant has the event and holds its answer: the ledger goes away before the delivery is recorded.
            proxy.refuse();
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(delivering).isNotDone());
            proxy.pass();

            assertThat(delivering.get(30, TimeUnit.SECONDS)).isEqualTo(new QueueAction.Acknowledge());
        }
        assertThat(delivery().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(received())
                .singleElement()
                .satisfies(event -> assertThat(event.duplicate()).isFalse());
    }

    @Test
    void triesADeliveryAgainSoonWhileItsShopDestinationIsBusyInsteadOfDeferringItLikeAnOpenBreaker() {
        DeliveryMessage message =
                purchase(MERCHANT.register(hook, WebhookSecret.of(SECRET)).toString());
        DestinationGuards guards = new DestinationGuards(IsolationProperties.defaults());
        Guard target = guards.target(DestinationKind.WEBHOOK, shop, hook);
        // Other sends to this shop destination hold every place its bulkhead has (max-concurrent-sends 4).
        for (int i = 0; i < 4; i++) {
            assertThat(target.tryEnter(1)).isEmpty();
        }

        QueueAction action = stage(claims, guards).deliver(message, "raw");

        assertThat(action)
                .isInstanceOfSatisfying(
                        QueueAction.RetryIn.class,
                        retry -> assertThat(retry.delay())
                                .as("busy-retry, not the open breaker's 60 s deferral")
                                .isEqualTo(Duration.ofSeconds(2)));
        assertThat(received()).isEmpty();
        assertThat(delivery().state()).isEqualTo(DeliveryState.PENDING);
    }

    private DeliverStage stage(DeliveryClaims withClaims) {
        return stage(withClaims, new DestinationGuards(IsolationProperties.defaults()));
    }

    private DeliverStage stage(DeliveryClaims withClaims, DestinationGuards guards) {
        MockEnvironment environment = new MockEnvironment().withProperty("relay.credentials.merchant-secret", SECRET);
        DeliveryParking parking = new DeliveryParking(withClaims, parked);
        return new DeliverStage(
                shops,
                withClaims,
                parking,
                Map.of(DestinationKind.WEBHOOK, SENDER),
                new DestinationCredentials(environment),
                DeliveryRecorder.unmetered(
                        withClaims,
                        parking,
                        new OutcomeActions(new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(15)))),
                guards,
                LEASE,
                clock);
    }

    private DeliveryMessage purchase(String url) {
        shops.save(new ShopConfig(
                shop,
                ShopStatus.ACTIVE,
                Map.of(),
                List.of(new DestinationConfig(hook, "webhook", Map.of("url", url), "merchant-secret"))));
        String key = OutboundEvent.deriveKey(shop, "820982911946154508", "purchase");
        claims.register(key(), "webhook", key);
        return new DeliveryMessage(
                DeliveryMessage.CURRENT_VERSION,
                shop,
                "820982911946154508",
                hook,
                "webhook",
                "purchase",
                key,
                Instant.parse("2026-11-24T10:15:30Z"),
                JsonMapper.builder().build().createObjectNode().put("orderId", "820982911946154508"));
    }

    private String url() {
        return MERCHANT.url(hook).toString();
    }

    private DeliveryKey key() {
        return new DeliveryKey(shop, "820982911946154508", hook, "purchase");
    }

    private DeliveryRecord delivery() {
        return claims.forOrder(shop, "820982911946154508").getFirst();
    }

    private List<RecordedEvent> received() {
        return MERCHANT.events(EventFilter.ANY.withShop(shop).withDestination(hook));
    }
}
