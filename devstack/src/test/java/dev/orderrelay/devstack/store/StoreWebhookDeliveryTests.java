package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What arrives at the webhook endpoint when every delivery is answered 200. */
class StoreWebhookDeliveryTests {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final RecordingWebhookServer server = new RecordingWebhookServer();
    private final SimulatedShopifyStore store =
            new SimulatedShopifyStore(StoreFixtures.settings(server.uri()).build(), AppSecret.of(SECRET));

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    @Test
    void signsEveryDeliveryAndSendsEveryShopifyHeader() {
        store.createOrder();
        store.createOrder();

        await().atMost(WAIT).until(() -> server.received().size() == 4);
        List<ReceivedWebhook> received = server.received();
        for (ReceivedWebhook request : received) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo(RecordingWebhookServer.PATH);
            assertThat(request.headers().get("Content-Type")).isEqualTo("application/json");
            assertThat(request.signatureValidFor(SECRET))
                    .as("signature of %s", request)
                    .isTrue();
            assertThat(request.topic()).isIn("orders/create", "orders/paid");
            assertThat(request.header(ShopifyHeader.SHOP_DOMAIN)).isEqualTo("demo.myshopify.com");
            assertThat(request.header(ShopifyHeader.API_VERSION)).isEqualTo("2026-10");
            assertThat(UUID.fromString(request.webhookId())).isNotNull();
            assertThat(UUID.fromString(request.header(ShopifyHeader.EVENT_ID))).isNotNull();
            assertThat(request.header(ShopifyHeader.TRIGGERED_AT))
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
        }
        assertThat(received).extracting(ReceivedWebhook::webhookId).doesNotHaveDuplicates();
    }

    @Test
    void sendsOrdersCreateThenOrdersPaidForEachOrder() {
        List<StoreOrder> orders = List.of(store.createOrder(), store.createOrder(), store.createOrder());

        // The store records a delivery as acked only once it has read the answer, which can be a
        // moment after the server saw the request: wait for both.
        await().atMost(WAIT)
                .until(() -> server.received(WebhookTopic.ORDERS_PAID).size() == 3
                        && store.stats().total().acked() == 6);
        for (StoreOrder order : orders) {
            ReceivedWebhook created = only(WebhookTopic.ORDERS_CREATE, order);
            ReceivedWebhook paid = only(WebhookTopic.ORDERS_PAID, order);

            assertThat(triggeredAt(paid)).isAfter(triggeredAt(created));
            assertThat(paid.json().get("financial_status").asString()).isEqualTo("paid");
            assertThat(OffsetDateTime.parse(paid.json().get("updated_at").asString()))
                    .isAfter(OffsetDateTime.parse(
                            created.json().get("updated_at").asString()));
            StoreOrder now = store.order(order.id()).orElseThrow();
            assertThat(now.financialStatus()).isEqualTo("paid");
            assertThat(now.deliveries().values())
                    .allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.ACKED))
                    .allSatisfy(
                            delivery -> assertThat(delivery.lastStatusCode()).isEqualTo(200))
                    .allSatisfy(delivery -> assertThat(delivery.attempts()).isEqualTo(1));
        }
        assertThat(store.stats().total().acked()).isEqualTo(6);
    }

    @Test
    void sharesTheEventIdBetweenTopicsOnlyForOrdersPaidAtCheckout() {
        List<StoreOrder> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(store.createOrder());
        }

        await().atMost(WAIT)
                .until(() -> server.received(WebhookTopic.ORDERS_PAID).size() == 10);
        List<Boolean> paidAtCheckout = new ArrayList<>();
        for (StoreOrder order : orders) {
            ReceivedWebhook created = only(WebhookTopic.ORDERS_CREATE, order);
            boolean paid = "paid".equals(created.json().get("financial_status").asString());
            paidAtCheckout.add(paid);
            String createEvent = created.header(ShopifyHeader.EVENT_ID);
            String paidEvent = only(WebhookTopic.ORDERS_PAID, order).header(ShopifyHeader.EVENT_ID);
            assertThat(createEvent.equals(paidEvent))
                    .as("order %s", order.name())
                    .isEqualTo(paid);
        }
        assertThat(paidAtCheckout).contains(true, false);
    }

    @Test
    void postsALargeOrderAboveThreeHundredKiB() {
        StoreOrder order = store.createOrder(OrderShape.LARGE);

        await().atMost(WAIT)
                .until(() -> server.received(WebhookTopic.ORDERS_CREATE).size() == 1);
        ReceivedWebhook created = only(WebhookTopic.ORDERS_CREATE, order);
        assertThat(created.body().length).isGreaterThan(300 * 1024);
        assertThat(created.signatureValidFor(SECRET)).isTrue();
        assertThat(created.json().get("line_items").size()).isGreaterThan(100);
        assertThat(order.large()).isTrue();
    }

    @Test
    void keepsIdsAboveTwoToThe53ExactInTheBody() {
        StoreOrder order = store.createOrder();

        await().atMost(WAIT)
                .until(() -> server.received(WebhookTopic.ORDERS_CREATE).size() == 1);
        ReceivedWebhook created = only(WebhookTopic.ORDERS_CREATE, order);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.bodyText());
        assertThat(id.find()).isTrue();
        assertThat(id.group(1)).isEqualTo(Long.toString(order.id()));
        assertThat(created.orderId()).isEqualTo(BigInteger.valueOf(order.id())).isGreaterThan(BigInteger.TWO.pow(53));
    }

    @Test
    void sendsNonAsciiTextAsValidUtf8() throws CharacterCodingException {
        StoreOrder order = store.createOrder(OrderShape.LARGE);

        await().atMost(WAIT)
                .until(() -> server.received(WebhookTopic.ORDERS_CREATE).size() == 1);
        byte[] body = only(WebhookTopic.ORDERS_CREATE, order).body();
        String strictlyDecoded = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body))
                .toString();
        assertThat(strictlyDecoded.chars()).anyMatch(c -> c > 0x7F);
    }

    private ReceivedWebhook only(WebhookTopic topic, StoreOrder order) {
        List<ReceivedWebhook> matching = server.received(topic).stream()
                .filter(request -> request.orderId().equals(BigInteger.valueOf(order.id())))
                .toList();
        assertThat(matching).as("%s for %s", topic.topicName(), order.name()).hasSize(1);
        return matching.get(0);
    }

    private static Instant triggeredAt(ReceivedWebhook request) {
        return Instant.parse(request.header(ShopifyHeader.TRIGGERED_AT));
    }
}
