package dev.orderrelay.shopify.order;

import static dev.orderrelay.shopify.order.OrderFixtures.REST_REFUND;
import static dev.orderrelay.shopify.order.OrderFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestRefundParserTests {

    private final RestRefundParser parser = new RestRefundParser();

    @Test
    void readsARefundsCreateBodyAloneWithItsLinesAmountsAndCurrency() {
        ShopifyRefund refund = parser.parse(fixture(REST_REFUND));

        assertThat(refund.id()).isEqualTo("998877665544332211");
        assertThat(refund.orderId()).isEqualTo("5820982911946154508");
        assertThat(refund.createdAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(refund.currency()).isEqualTo("EUR");
        assertThat(refund.test()).isFalse();
        assertThat(refund.total()).isEqualTo(new BigDecimal("22.50"));
        assertThat(refund.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineItemId()).isEqualTo("13022311112222301");
            assertThat(line.quantity()).isEqualTo(1);
            // The set's string, not the older number field (22.5), so the scale is the currency's.
            assertThat(line.subtotal()).isEqualTo(new BigDecimal("22.50"));
            assertThat(line.tax()).isEqualTo(new BigDecimal("3.75"));
            assertThat(line.lineItem().title()).isEqualTo("Black tee");
            assertThat(line.lineItem().productId()).isEqualTo("7411112222333");
            assertThat(line.lineItem().price()).isEqualTo(new BigDecimal("25.00"));
            assertThat(line.lineItem().discount()).isEqualTo(new BigDecimal("5.00"));
        });
    }

    @Test
    void givesTheSameRefundAsTheOrderPayloadThatCarriesIt() {
        ShopifyOrder order = new RestOrderParser().parse(fixture(OrderFixtures.REST_REFUNDED));

        assertThat(parser.parse(fixture(REST_REFUND))).isEqualTo(order.refunds().getFirst());
    }

    @Test
    void takesTheCurrencyOfItsTransactionsWhenItHasNoLines() {
        ShopifyRefund refund = parser.parse("""
                {"id":1001,"order_id":2002,"created_at":"2026-11-26T08:30:00+01:00","refund_line_items":[],
                 "transactions":[{"kind":"refund","status":"success","amount":"5.00","currency":"JPY","test":true}]}""");

        assertThat(refund.currency()).isEqualTo("JPY");
        assertThat(refund.total()).isEqualTo(new BigDecimal("5.00"));
        assertThat(refund.lines()).isEmpty();
        assertThat(refund.test()).isTrue();
    }

    @Test
    void leavesTheTotalUnstatedWhenTheBuyerWasRefundedInAnotherCurrency() {
        String presentment = fixture(REST_REFUND)
                .replace("\"currency\":\"EUR\",\"amount\":\"22.50\"", "\"currency\":\"USD\",\"amount\":\"24.10\"");

        ShopifyRefund refund = parser.parse(presentment);

        assertThat(refund.currency()).isEqualTo("EUR");
        assertThat(refund.total()).isNull();
    }

    @Test
    void namesTheFieldItCannotDoWithout() {
        assertThatThrownBy(() -> parser.parse(fixture(REST_REFUND).replace("\"order_id\":5820982911946154508,", "")))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessage("field 'order_id' is missing or not an integer id");
        assertThatThrownBy(() -> parser.parse(fixture(REST_REFUND).replace("\"quantity\":1,", "")))
                .hasMessage("field 'refund_line_items[0].quantity' is missing or not a count");
        assertThatThrownBy(() -> parser.parse(fixture(REST_REFUND)
                        .replace("\"subtotal\":22.5,", "")
                        .replace("\"subtotal_set\"", "\"ignored_set\"")))
                .hasMessage("field 'refund_line_items[0].subtotal' is missing or not a decimal");
        assertThatThrownBy(() ->
                        parser.parse("{\"id\":1001,\"order_id\":2002,\"created_at\":\"2026-11-26T08:30:00+01:00\"}"))
                .hasMessageStartingWith("field 'transactions' states no currency");
    }
}
