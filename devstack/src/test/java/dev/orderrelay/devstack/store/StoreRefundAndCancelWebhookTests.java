package dev.orderrelay.devstack.store;

import static dev.orderrelay.devstack.store.StoreFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code refunds/create} and {@code orders/cancelled}: signed, shaped as Shopify's REST resources. */
class StoreRefundAndCancelWebhookTests {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final RecordingWebhookServer server = new RecordingWebhookServer();
    private final SimulatedShopifyStore store = new SimulatedShopifyStore(
            StoreFixtures.settings(server.uri()).paidDelay(Duration.ofHours(1)).build(), AppSecret.of(SECRET));

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    private StoreOrder paidOrder() {
        return store.createOrder(OrderOptions.builder()
                .financialStatus("paid")
                .shape(OrderShape.SMALL)
                .build());
    }

    private ReceivedWebhook only(WebhookTopic topic) {
        await().atMost(WAIT).until(() -> server.received(topic).size() == 1);
        ReceivedWebhook webhook = server.received(topic).get(0);
        assertThat(webhook.signatureValidFor(SECRET))
                .as("signature of %s", webhook)
                .isTrue();
        assertThat(webhook.topic()).isEqualTo(topic.topicName());
        return webhook;
    }

    @Test
    void sendsAPartialRefundAsAShopifyRefundResource() {
        StoreOrder order = paidOrder();
        StoreLineItem line = order.lineItems().get(0);

        StoreRefund refund =
                store.refund(order.id(), RefundOptions.partial(line.id(), 1).note("damaged"));

        JsonNode body = only(WebhookTopic.REFUNDS_CREATE).json();
        assertThat(body.get("id").isIntegralNumber()).isTrue();
        assertThat(body.get("id").asLong()).isEqualTo(refund.id());
        assertThat(body.get("order_id").asLong()).isEqualTo(order.id());
        assertThat(OffsetDateTime.parse(body.get("created_at").asString())).isEqualTo(refund.createdAt());
        assertThat(body.get("note").asString()).isEqualTo("damaged");
        JsonNode refundLine = body.get("refund_line_items").get(0);
        assertThat(body.get("refund_line_items")).hasSize(1);
        assertThat(refundLine.get("id").isIntegralNumber()).isTrue();
        assertThat(refundLine.get("line_item_id").asLong()).isEqualTo(line.id());
        assertThat(refundLine.get("quantity").asInt()).isEqualTo(1);
        assertThat(refundLine.get("line_item").get("id").asLong()).isEqualTo(line.id());
        BigDecimal subtotal = new BigDecimal(refundLine.get("subtotal").asString());
        BigDecimal tax = new BigDecimal(refundLine.get("total_tax").asString());
        assertThat(subtotal).isPositive().isLessThanOrEqualTo(new BigDecimal(line.price()));
        JsonNode transaction = body.get("transactions").get(0);
        assertThat(transaction.get("kind").asString()).isEqualTo("refund");
        assertThat(transaction.get("status").asString()).isEqualTo("success");
        assertThat(transaction.get("currency").asString()).isEqualTo("USD");
        assertThat(new BigDecimal(transaction.get("amount").asString())).isEqualByComparingTo(subtotal.add(tax));
        assertThat(refund.amount()).isEqualTo(transaction.get("amount").asString());

        StoreOrder after = store.order(order.id()).orElseThrow();
        assertThat(after.financialStatus()).isEqualTo("partially_refunded");
        assertThat(after.updatedAt()).isAfterOrEqualTo(order.updatedAt());
        JsonNode rest = MAPPER.readTree(after.restJson());
        assertThat(rest.get("refunds")).hasSize(1);
        assertThat(rest.get("refunds").get(0)).isEqualTo(body);
        await().atMost(WAIT)
                .until(() -> store.order(order.id())
                                .orElseThrow()
                                .refunds()
                                .get(0)
                                .delivery()
                                .status()
                        == DeliveryStatus.ACKED);
    }

    @Test
    void refundsWhatIsLeftAndNoMore() {
        StoreOrder order = paidOrder();
        StoreLineItem line = order.lineItems().get(0);
        StoreRefund partial = store.refund(order.id(), RefundOptions.partial(line.id(), 1));

        StoreRefund rest = store.refund(order.id(), RefundOptions.full());

        assertThat(new BigDecimal(partial.amount()).add(new BigDecimal(rest.amount())))
                .isEqualByComparingTo(order.totalPrice());
        assertThat(store.order(order.id()).orElseThrow().financialStatus()).isEqualTo("refunded");
        assertThatThrownBy(() -> store.refund(order.id(), RefundOptions.full()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be refunded");
        assertThatThrownBy(() -> store.refund(paidOrder().id(), RefundOptions.partial(line.id(), 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no line item");
    }

    @Test
    void refusesToRefundAnOrderNotPaidYet() {
        StoreOrder pending = store.createOrder(
                OrderOptions.builder().financialStatus("pending").build());

        assertThatThrownBy(() -> store.refund(pending.id(), RefundOptions.full()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pending");
    }

    @Test
    void cancelsAPaidOrderByRefundingItAndSendingOrdersCancelled() {
        StoreOrder order = paidOrder();

        StoreOrder cancelled = store.cancel(order.id());

        JsonNode body = only(WebhookTopic.ORDERS_CANCELLED).json();
        assertThat(body.get("id").asLong()).isEqualTo(order.id());
        assertThat(body.get("cancelled_at").isString()).isTrue();
        assertThat(body.get("cancel_reason").asString()).isEqualTo("customer");
        assertThat(body.get("financial_status").asString()).isEqualTo("refunded");
        assertThat(body.get("refunds")).hasSize(1);
        JsonNode refund = only(WebhookTopic.REFUNDS_CREATE).json();
        assertThat(refund.get("transactions").get(0).get("amount").asString()).isEqualTo(order.totalPrice());
        assertThat(server.received(WebhookTopic.REFUNDS_CREATE).get(0).header(ShopifyHeader.EVENT_ID))
                .as("one merchant action")
                .isEqualTo(server.received(WebhookTopic.ORDERS_CANCELLED).get(0).header(ShopifyHeader.EVENT_ID));
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.delivery(WebhookTopic.ORDERS_CANCELLED)).isNotNull();
        assertThatThrownBy(() -> store.cancel(order.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already cancelled");
    }

    @Test
    void voidsAPendingOrderAndItsPaymentNeverFires() {
        SimulatedShopifyStore quick = new SimulatedShopifyStore(
                StoreFixtures.settings(server.uri())
                        .paidDelay(Duration.ofMillis(200))
                        .build(),
                AppSecret.of(SECRET));
        try {
            StoreOrder order = quick.createOrder(
                    OrderOptions.builder().financialStatus("pending").build());

            quick.cancel(order.id());

            await().atMost(WAIT)
                    .until(() -> quick.order(order.id())
                                    .orElseThrow()
                                    .delivery(WebhookTopic.ORDERS_PAID)
                                    .status()
                            == DeliveryStatus.NEVER_FIRED);
            assertThat(quick.order(order.id()).orElseThrow().financialStatus()).isEqualTo("voided");
            assertThat(server.received(WebhookTopic.ORDERS_PAID)).isEmpty();
            assertThat(only(WebhookTopic.ORDERS_CANCELLED)
                            .json()
                            .get("financial_status")
                            .asString())
                    .isEqualTo("voided");
            assertThat(server.received(WebhookTopic.REFUNDS_CREATE)).isEmpty();
        } finally {
            quick.close();
        }
    }

    @Test
    void losesARefundWebhookWhenTheTestSaysSo() {
        StoreOrder order = paidOrder();

        StoreRefund refund = store.refund(order.id(), RefundOptions.full().loseWebhook());

        await().atMost(WAIT)
                .until(() -> store.order(order.id())
                                .orElseThrow()
                                .refunds()
                                .get(0)
                                .delivery()
                                .status()
                        == DeliveryStatus.LOST);
        assertThat(server.received(WebhookTopic.REFUNDS_CREATE)).isEmpty();
        assertThat(store.stats().topic(WebhookTopic.REFUNDS_CREATE).lost()).isEqualTo(1);
        assertThat(refund.id()).isPositive();
        assertThat(List.of(
                        store.order(order.id()).orElseThrow().refunds().get(0).id()))
                .containsExactly(refund.id());
    }
}
