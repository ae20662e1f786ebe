package dev.orderrelay.shopify.order;

import static dev.orderrelay.shopify.order.OrderFixtures.REST_PAID;
import static dev.orderrelay.shopify.order.OrderFixtures.REST_PAID_DISCOUNTED;
import static dev.orderrelay.shopify.order.OrderFixtures.REST_REFUNDED;
import static dev.orderrelay.shopify.order.OrderFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestOrderParserTests {

    private final RestOrderParser parser = new RestOrderParser();

    @Test
    void readsTheOrderWithIdsAboveTwoToTheFiftyThirdExact() {
        ShopifyOrder order = parser.parse(fixture(REST_PAID));

        assertThat(order.id()).isEqualTo("820982911946154508");
        assertThat(order.name()).isEqualTo("#1001");
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(order.updatedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:40Z"));
        assertThat(order.financialStatus()).isEqualTo("paid");
        assertThat(order.customerId()).isEqualTo("115310627314723954");
        assertThat(order.totalPrice()).isEqualByComparingTo(new BigDecimal("29.97"));
        assertThat(order.lineItems()).hasSize(2);
        assertThat(order.lineItems().get(1).id()).isEqualTo("9007199254740993");
        assertThat(order.lineItems().get(1).productId()).isNull();
        assertThat(order.lineItems().get(0).title()).isEqualTo("Crème brûlée");
        assertThat(order.cancelledAt()).isNull();
        assertThat(order.refunds()).isEmpty();
    }

    @Test
    void readsDiscountsShippingAndTaxOfAGuestsDiscountedOrderWithTaxIncluded() {
        ShopifyOrder order = parser.parse(fixture(REST_PAID_DISCOUNTED));

        assertThat(order.processedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-24T10:15:29Z"));
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.customerId()).isNull();
        assertThat(order.lineTax()).isEqualByComparingTo("8.20");
        // 58.80 after discounts, tax included: 7.50 + 0.70 of it is the lines' tax.
        assertThat(order.revenue()).isEqualByComparingTo("50.60");
        assertThat(order.totalShipping()).isEqualByComparingTo("4.90");
        assertThat(order.totalDiscounts()).isEqualByComparingTo("5.49");
        assertThat(order.discountCodes()).containsExactly("AUTUMN10");
        assertThat(order.lineItems().get(0).discount()).isEqualByComparingTo("5.00");
        assertThat(order.lineItems().get(0).vendor()).isEqualTo("Northwind");
        assertThat(order.lineItems().get(1).sku()).isNull();
    }

    @Test
    void readsTheRefundsOfAnOrderWithTheLinesTheyRefundAndTheMoneyThatWentBack() {
        ShopifyOrder order = parser.parse(fixture(REST_REFUNDED));

        assertThat(order.financialStatus()).isEqualTo("partially_refunded");
        assertThat(order.refunds())
                .extracting(ShopifyRefund::id)
                .containsExactly("998877665544332211", "998877665544332299");
        ShopifyRefund size = order.refunds().get(0);
        assertThat(size.orderId()).isEqualTo("5820982911946154508");
        assertThat(size.createdAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(size.currency()).isEqualTo("EUR");
        assertThat(size.total()).isEqualByComparingTo("22.50");
        assertThat(size.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineItemId()).isEqualTo("13022311112222301");
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.subtotal()).isEqualTo(new BigDecimal("22.50"));
            assertThat(line.tax()).isEqualTo(new BigDecimal("3.75"));
            assertThat(line.lineItem()).isEqualTo(order.lineItems().get(0));
        });
        ShopifyRefund goodwill = order.refunds().get(1);
        assertThat(goodwill.lines()).isEmpty();
        // The declined attempt did not send money back; only the successful one counts.
        assertThat(goodwill.total()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void readsWhenAnOrderWasCancelled() {
        ShopifyOrder order = parser.parse(fixture(REST_REFUNDED)
                .replace("\"cancelled_at\":null", "\"cancelled_at\":\"2026-11-26T09:00:00+01:00\""));

        assertThat(order.cancelledAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
        assertThat(order.updatedAt()).isEqualTo(Instant.parse("2026-11-26T07:30:05Z"));
    }

    @Test
    void namesWhatIsWrongWithAPayloadItCannotRead() {
        assertThatThrownBy(() -> parser.parse("{\"id\": 820982911946154508, \"line_items\": ["))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parser.parse("[1,2]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> parser.parse("{\"id\":\"abc\"}")).hasMessageContaining("'id'");
        assertThatThrownBy(() -> parser.parse(
                        "{\"id\":1,\"name\":\"#1\",\"created_at\":\"yesterday\",\"financial_status\":\"paid\"}"))
                .hasMessageContaining("'created_at'");
        assertThatThrownBy(() -> parser.parse(fixture(REST_PAID).replace("\"price\":\"9.00\"", "\"price\":\"nine\"")))
                .hasMessageContaining("'line_items[0].price' is not a decimal");
    }

    @Test
    void namesTheFieldOfAMalformedRefundInsideAnOrder() {
        String body = fixture(REST_REFUNDED).replace("\"line_item_id\":13022311112222301,", "");

        assertThatThrownBy(() -> parser.parse(body))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessage("field 'refunds[0].refund_line_items[0].line_item_id' is missing or not an integer id");
    }
}
