package dev.orderrelay.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.destinations.DestinationKind;
import dev.orderrelay.destinations.OutboundEvent;
import dev.orderrelay.destinations.webhook.WebhookDestination;
import dev.orderrelay.destinations.webhook.WebhookDestinationSettings;
import dev.orderrelay.devstack.destinations.EventFilter;
import dev.orderrelay.devstack.destinations.FakeWebhookDestination;
import dev.orderrelay.devstack.destinations.Fault;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.WebhookSecret;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.WorkerTestStack;
import dev.orderrelay.worker.isolation.DestinationGuards;
import dev.orderrelay.worker.isolation.IsolationProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * One shop's destination failing holds back that shop's events only: its breaker opens after a few failures, later
 * events wait without a claim or an attempt spent, other shops are delivered meanwhile, nothing is parked, and once
 * the destination recovers everything is delivered once. Real parts throughout: the ledger on DynamoDB Local, the
 * signed-webhook sender, the devstack's merchant endpoint; the outage is shortened to a breaker open for 300 ms.
 */
class DeliveryIsolationIntegrationTests {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final WorkerTestStack STACK = WorkerTestStack.create();
    private static final FakeWebhookDestination MERCHANTS = FakeWebhookDestination.start(0);
    private static final WebhookDestination SENDER = new WebhookDestination(
            WebhookDestinationSettings.defaults()
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
                    .withAllowedTargets(Set.of("127.0.0.1")),
            Clock.systemUTC());

    private final Clock clock = Clock.systemUTC();
    private final DeliveryClaims claims = new DeliveryClaims(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final ParkedEvents parked = new ParkedEvents(STACK.enhanced(), STACK.dynamoDb(), STACK.tables(), clock);
    private final ShopRegistry shops = new ShopRegistry(STACK.enhanced(), STACK.tables(), clock);
    private final DestinationGuards guards = new DestinationGuards(new IsolationProperties(
            IsolationProperties.defaults().endpoint(),
            new IsolationProperties.Target(50, 2, 2, Duration.ofMillis(300), 1, 4, 100, Duration.ofSeconds(1)),
            Duration.ofSeconds(1)));
    private final DeliverStage stage = stage();

    @AfterAll
    static void stop() {
        MERCHANTS.close();
        SENDER.close();
    }

    @Test
    void aFailingShopDestinationHoldsBackOnlyThatShopAndDeliversEverythingOnceAfterRecovery() {
        String down = shop("down");
        String healthy = shop("healthy");
        MERCHANTS.setFault("hook-" + down, Fault.status(503));
        List<DeliveryMessage> downEvents =
                List.of(purchase(down, "1001"), purchase(down, "1002"), purchase(down, "1003"));
        DeliveryMessage healthyEvent = purchase(healthy, "2001");

        QueueAction first = stage.deliver(downEvents.get(0), "raw");
        QueueAction second = stage.deliver(downEvents.get(1), "raw");
        QueueAction third = stage.deliver(downEvents.get(2), "raw");
        QueueAction other = stage.deliver(healthyEvent, "raw");

        assertThat(List.of(first, second, third))
                .allSatisfy(action -> assertThat(action).isInstanceOf(QueueAction.RetryIn.class));
        assertThat(((QueueAction.RetryIn) third).reason()).contains("circuit open");
        assertThat(delivery(down, "1003").attempts())
                .as("a deferred event spends no attempt")
                .isZero();
        assertThat(other).isEqualTo(new QueueAction.Acknowledge());
        assertThat(received(healthy)).hasSize(1);

        MERCHANTS.clearFault("hook-" + down);
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    for (DeliveryMessage message : downEvents) {
                        stage.deliver(message, "raw");
                    }
                    assertThat(received(down)).hasSize(3);
                });

        assertThat(received(down)).noneMatch(RecordedEvent::duplicate);
        assertThat(parked.forShop(down)).isEmpty();
        assertThat(parked.forShop(healthy)).isEmpty();
    }

    private DeliverStage stage() {
        MockEnvironment environment = new MockEnvironment().withProperty("relay.credentials.merchant-secret", SECRET);
        DeliveryParking parking = new DeliveryParking(claims, parked);
        return new DeliverStage(
                shops,
                claims,
                parking,
                Map.of(DestinationKind.WEBHOOK, SENDER),
                new DestinationCredentials(environment),
                DeliveryRecorder.unmetered(
                        claims,
                        parking,
                        new OutcomeActions(new RetryPolicy(12, Duration.ofSeconds(10), Duration.ofMinutes(15)))),
                guards,
                Duration.ofSeconds(60),
                clock);
    }

    private String shop(String name) {
        String shop = name + "-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
        String url =
                MERCHANTS.register("hook-" + shop, WebhookSecret.of(SECRET)).toString();
        shops.save(new ShopConfig(
                shop,
                ShopStatus.ACTIVE,
                Map.of(),
                List.of(new DestinationConfig("hook", "webhook", Map.of("url", url), "merchant-secret"))));
        return shop;
    }

    private DeliveryMessage purchase(String shop, String orderId) {
        String key = OutboundEvent.deriveKey(shop, orderId, "purchase");
        claims.register(new DeliveryKey(shop, orderId, "hook", "purchase"), "webhook", key);
        return new DeliveryMessage(
                DeliveryMessage.CURRENT_VERSION,
                shop,
                orderId,
                "hook",
                "webhook",
                "purchase",
                key,
                Instant.parse("2026-11-24T10:15:30Z"),
                JsonMapper.builder().build().createObjectNode().put("orderId", orderId));
    }

    private DeliveryRecord delivery(String shop, String orderId) {
        return claims.forOrder(shop, orderId).getFirst();
    }

    private List<RecordedEvent> received(String shop) {
        return MERCHANTS.events(EventFilter.ANY.withDestination("hook-" + shop));
    }
}
