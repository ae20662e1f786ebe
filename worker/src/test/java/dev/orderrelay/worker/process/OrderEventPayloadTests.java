package dev.orderrelay.worker.process;

import static dev.orderrelay.worker.TestEnvelopes.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.ledger.orders.OrderFacts;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.orders.OrderState;
import dev.orderrelay.shopify.order.AdminOrderParser;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.RestRefundParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.shopify.order.ShopifyRefund;
import dev.orderrelay.worker.TestEnvelopes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderEventPayloadTests {

    private static final String SHOP = "demo.myshopify.com";

    private final RestOrderParser restOrders = new RestOrderParser();

    @Test
    void leavesCustomerDataOutOfTheEventPayload() {
        String payload = OrderEventPayload.purchase(SHOP, restOrders.parse(TestEnvelopes.paidOrder()))
                .toString();

        assertThat(payload).doesNotContain("jon@example.com").doesNotContain("Jon");
        assertThat(payload).contains("\"orderId\":\"820982911946154508\"").contains("\"total\":\"29.97\"");
    }

    @Test
    void derivesRevenueDiscountsShippingAndLinesOfAGuestsDiscountedOrderWithTaxIncluded() {
        OrderEvent event =
                OrderEventPayload.purchaseEvent(SHOP, restOrders.parse(fixture("orders-paid-discounted-guest.json")));

        assertThat(event.orderId()).isEqualTo("5820982911946154508");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(event.orderCreatedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:29Z"));
        assertThat(event.currency()).isEqualTo("EUR");
        // 58.80 after discounts, tax included: 7.50 + 0.70 of it is the lines' tax.
        assertThat(event.value()).isEqualByComparingTo("50.60");
        assertThat(event.total()).isEqualByComparingTo("63.70");
        assertThat(event.tax()).isEqualByComparingTo("10.19");
        assertThat(event.shipping()).isEqualByComparingTo("4.90");
        assertThat(event.discount()).isEqualByComparingTo("5.49");
        assertThat(event.coupon()).isEqualTo("AUTUMN10");
        assertThat(event.sourceName()).isEqualTo("web");
        assertThat(event.identity().customerId()).isNull();
        assertThat(event.items()).hasSize(2);
        assertThat(event.items().get(0).discount()).isEqualByComparingTo("5.00");
        assertThat(event.items().get(0).brand()).isEqualTo("Northwind");
        assertThat(event.items().get(0).variant()).isEqualTo("Black / M");
        assertThat(event.items().get(1).productId()).isNull();
        assertThat(event.items().get(1).name()).isEqualTo("Gift engraving");
        assertThat(OrderEventJson.write(event))
                .doesNotContain("ada.lovelace@example.com")
                .doesNotContain("Lovelace")
                .doesNotContain("St James");
    }

    @Test
    void mapsARefundOfAnOrderWithTaxIncludedToItsLinesNetOfTaxAndTheMoneyThatWentBack() {
        ShopifyOrder order = restOrders.parse(fixture("order-rest-refunded.json"));

        OrderEvent event = OrderEventPayload.refundEvent(SHOP, order.refunds().get(0), RefundedOrder.of(order));

        assertThat(event.event()).isEqualTo(OrderEventKind.REFUND);
        assertThat(event.orderId()).isEqualTo("5820982911946154508");
        assertThat(event.orderName()).isEqualTo("#1042");
        assertThat(event.refundId()).isEqualTo("998877665544332211");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(event.orderCreatedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:29Z"));
        assertThat(event.sourceName()).isEqualTo("web");
        assertThat(event.currency()).isEqualTo("EUR");
        // 22.50 refunded for one tee, 3.75 of it VAT.
        assertThat(event.value()).isEqualTo(new BigDecimal("18.75"));
        assertThat(event.tax()).isEqualTo(new BigDecimal("3.75"));
        assertThat(event.total()).isEqualTo(new BigDecimal("22.50"));
        assertThat(event.items()).singleElement().satisfies(item -> {
            assertThat(item.lineId()).isEqualTo("13022311112222301");
            assertThat(item.productId()).isEqualTo("7411112222333");
            assertThat(item.name()).isEqualTo("Black tee");
            assertThat(item.quantity()).isEqualTo(1);
            assertThat(item.price()).isEqualTo(new BigDecimal("25.00"));
            // One of the two tees: half the line's 5.00 discount.
            assertThat(item.discount()).isEqualTo(new BigDecimal("2.50"));
        });
    }

    @Test
    void mapsARefundWithoutLinesToItsMoneyAlone() {
        ShopifyOrder order = restOrders.parse(fixture("order-rest-refunded.json"));

        OrderEvent event = OrderEventPayload.refundEvent(SHOP, order.refunds().get(1), RefundedOrder.of(order));

        assertThat(event.refundId()).isEqualTo("998877665544332299");
        assertThat(event.value()).isEqualByComparingTo("0");
        assertThat(event.total()).isEqualTo(new BigDecimal("5.00"));
        assertThat(event.items()).isEmpty();
    }

    @Test
    void sendsARefundOfEveryUnitAsAFullRefundWithoutItems() {
        ShopifyOrder order = restOrders.parse(fixture("order-rest-refunded.json"));
        ShopifyRefund everything = new ShopifyRefund(
                "998877665544332277",
                order.id(),
                Instant.parse("2026-11-26T09:00:00Z"),
                "EUR",
                false,
                new BigDecimal("63.70"),
                List.of(
                        new ShopifyRefund.Line(
                                "13022311112222301",
                                2,
                                new BigDecimal("45.00"),
                                new BigDecimal("7.50"),
                                order.lineItems().get(0)),
                        new ShopifyRefund.Line(
                                "13022311112222302",
                                1,
                                new BigDecimal("4.41"),
                                new BigDecimal("0.70"),
                                order.lineItems().get(1))));

        OrderEvent full = OrderEventPayload.refundEvent(SHOP, everything, RefundedOrder.of(order));
        OrderEvent partial = OrderEventPayload.refundEvent(SHOP, order.refunds().get(0), RefundedOrder.of(order));

        assertThat(full.items()).isEmpty();
        assertThat(full.value()).isEqualTo(new BigDecimal("41.21"));
        assertThat(full.total()).isEqualTo(new BigDecimal("63.70"));
        assertThat(partial.items()).hasSize(1);
    }

    @Test
    void keepsTheItemsOfARefundReadAloneWhenTheLedgerDoesNotKnowTheOrdersUnits() {
        ShopifyRefund refund = new RestRefundParser()
                .parse(fixture("refund-rest.json")
                        .replace("\"quantity\":1,\"line_item_id\"", "\"quantity\":3,\"line_item_id\""));
        OrderRecord known = new OrderRecord(
                SHOP,
                refund.orderId(),
                "#1042",
                Instant.parse("2026-11-24T10:15:29Z"),
                OrderState.PROCESSED,
                null,
                null,
                "webhook",
                Set.of(),
                null,
                null);
        OrderRecord withUnits = new OrderRecord(
                SHOP,
                refund.orderId(),
                "#1042",
                Instant.parse("2026-11-24T10:15:29Z"),
                OrderState.PROCESSED,
                null,
                null,
                "webhook",
                Set.of(),
                null,
                null,
                null,
                new OrderFacts("web", false, true, 3),
                List.of(),
                null);

        assertThat(OrderEventPayload.refundEvent(SHOP, refund, RefundedOrder.of(known, refund))
                        .items())
                .hasSize(1);
        OrderEvent full = OrderEventPayload.refundEvent(SHOP, refund, RefundedOrder.of(withUnits, refund));
        assertThat(full.items()).isEmpty();
        assertThat(full.value())
                .as("net of the tax the ledger says prices include")
                .isEqualTo(new BigDecimal("18.75"));
    }

    @Test
    void mapsTheSameRefundToTheSameEventFromEitherOrderFormat() {
        ShopifyOrder rest = restOrders.parse(fixture("order-rest-refunded.json"));
        ShopifyOrder admin = new AdminOrderParser().parse(fixture("order-admin-refunded.json"));

        for (int i = 0; i < 2; i++) {
            assertThat(OrderEventPayload.refund(SHOP, admin.refunds().get(i), RefundedOrder.of(admin)))
                    .isEqualTo(OrderEventPayload.refund(SHOP, rest.refunds().get(i), RefundedOrder.of(rest)));
        }
    }

    @Test
    void mapsARefundReadAloneWithTheOrdersNameAndCreationTimeFromTheLedger() {
        ShopifyRefund refund = new RestRefundParser().parse(fixture("refund-rest.json"));
        OrderRecord known = new OrderRecord(
                SHOP,
                refund.orderId(),
                "#1042",
                Instant.parse("2026-11-24T10:15:29Z"),
                OrderState.PROCESSED,
                Instant.parse("2026-11-24T10:15:31Z"),
                Instant.parse("2026-11-24T10:15:32Z"),
                "webhook",
                Set.of(),
                null,
                null);

        OrderEvent event = OrderEventPayload.refundEvent(SHOP, refund, RefundedOrder.of(known, refund));

        assertThat(event.orderName()).isEqualTo("#1042");
        assertThat(event.orderCreatedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:29Z"));
        assertThat(event.refundId()).isEqualTo("998877665544332211");
        assertThat(event.total()).isEqualTo(new BigDecimal("22.50"));
        assertThat(event.items())
                .singleElement()
                .satisfies(item -> assertThat(item.discount()).isEqualTo(new BigDecimal("2.50")));
    }

    @Test
    void addsTheLinesTaxToTheirSubtotalsWhenThePayloadStatesNoTotalInTheShopsCurrency() {
        ShopifyRefund refund = new ShopifyRefund(
                "77",
                "5820982911946154508",
                Instant.parse("2026-11-25T09:00:00Z"),
                "USD",
                false,
                null,
                List.of(new ShopifyRefund.Line(
                        "13022311112222399", 3, new BigDecimal("10.00"), new BigDecimal("0.80"), null)));
        RefundedOrder taxesOnTop =
                new RefundedOrder("#7", Instant.parse("2026-11-24T10:15:29Z"), null, false, null, false, null);

        OrderEvent event = OrderEventPayload.refundEvent(SHOP, refund, taxesOnTop);

        assertThat(event.value()).isEqualTo(new BigDecimal("10.00"));
        assertThat(event.total()).isEqualTo(new BigDecimal("10.80"));
        // A line the payload does not describe still goes out, by its id, at its refunded unit price.
        assertThat(event.items()).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("line 13022311112222399");
            assertThat(item.price()).isEqualTo(new BigDecimal("3.33"));
            assertThat(item.quantity()).isEqualTo(3);
        });
    }
}
