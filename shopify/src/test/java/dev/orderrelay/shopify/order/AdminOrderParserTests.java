package dev.orderrelay.shopify.order;

import static dev.orderrelay.shopify.order.OrderFixtures.ADMIN_REFUNDED;
import static dev.orderrelay.shopify.order.OrderFixtures.REST_PAID_DISCOUNTED;
import static dev.orderrelay.shopify.order.OrderFixtures.REST_REFUNDED;
import static dev.orderrelay.shopify.order.OrderFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminOrderParserTests {

    private final AdminOrderParser parser = new AdminOrderParser();

    @Test
    void givesTheSameOrderAsTheRestWebhookBodyOfTheSameOrder() {
        ShopifyOrder admin = parser.parse(fixture(ADMIN_REFUNDED));

        assertThat(admin).isEqualTo(new RestOrderParser().parse(fixture(REST_REFUNDED)));
        assertThat(admin.refunds()).hasSize(2);
    }

    @Test
    void givesTheSameOrderAsTheRestBodyBeforeItsRefunds() {
        String beforeRefunds = fixture(ADMIN_REFUNDED)
                .replaceAll("(?s)\"refunds\": \\[.*]\\s*}\\s*$", "\"refunds\": []}")
                .replace("PARTIALLY_REFUNDED", "PAID")
                .replace("2026-11-26T07:30:05Z", "2026-11-24T10:15:40Z");

        assertThat(parser.parse(beforeRefunds)).isEqualTo(new RestOrderParser().parse(fixture(REST_PAID_DISCOUNTED)));
    }

    @Test
    void readsIdsFromLegacyResourceIdsAndAmountsInTheShopsCurrency() {
        String presentedInDollars = fixture(ADMIN_REFUNDED)
                .replace("\"presentmentCurrencyCode\": \"EUR\"", "\"presentmentCurrencyCode\": \"USD\"")
                .replace(
                        "\"presentmentMoney\": {\"amount\": \"63.70\", \"currencyCode\": \"EUR\"}",
                        "\"presentmentMoney\": {\"amount\": \"68.12\", \"currencyCode\": \"USD\"}")
                .replace(
                        "\"customer\": null",
                        "\"customer\": {\"id\": \"gid://shopify/Customer/115310627314723954\","
                                + " \"legacyResourceId\": \"115310627314723954\"}");

        ShopifyOrder order = parser.parse(presentedInDollars);

        assertThat(order.id()).isEqualTo("5820982911946154508");
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.totalPrice()).isEqualTo(new BigDecimal("63.70"));
        assertThat(order.customerId()).isEqualTo("115310627314723954");
        assertThat(order.lineItems().get(0).productId()).isEqualTo("7411112222333");
        assertThat(order.lineItems().get(0).variantId()).isEqualTo("42111122223334");
        assertThat(order.lineItems().get(1).productId()).isNull();
        assertThat(order.lineItems().get(1).variantId()).isNull();
    }

    @Test
    void matchesRefundLinesToTheOrderLinesByTheirGlobalIds() {
        ShopifyOrder order = parser.parse(fixture(ADMIN_REFUNDED));

        ShopifyRefund size = order.refunds().get(0);
        assertThat(size.id()).isEqualTo("998877665544332211");
        assertThat(size.total()).isEqualTo(new BigDecimal("22.50"));
        assertThat(size.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineItemId()).isEqualTo("13022311112222301");
            assertThat(line.lineItem()).isSameAs(order.lineItems().get(0));
        });
        assertThat(order.refunds().get(1).lines()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "PENDING, pending, false",
        "AUTHORIZED, authorized, true",
        "PARTIALLY_PAID, partially_paid, true",
        "PAID, paid, true",
        "PARTIALLY_REFUNDED, partially_refunded, true",
        "REFUNDED, refunded, true",
        "VOIDED, voided, false",
        "EXPIRED, expired, false"
    })
    void spellsTheDisplayFinancialStatusAsRestDoes(String display, String rest, boolean paidOrAuthorized) {
        ShopifyOrder order = parser.parse(fixture(ADMIN_REFUNDED).replace("PARTIALLY_REFUNDED", display));

        assertThat(order.financialStatus()).isEqualTo(rest);
        assertThat(order.isPaidOrAuthorized()).isEqualTo(paidOrAuthorized);
    }

    @Test
    void readsWhenAnOrderWasCancelled() {
        ShopifyOrder order = parser.parse(
                fixture(ADMIN_REFUNDED).replace("\"cancelledAt\": null", "\"cancelledAt\": \"2026-11-26T08:00:00Z\""));

        assertThat(order.cancelledAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
    }

    @Test
    void namesWhatIsWrongWithABodyItCannotRead() {
        assertThatThrownBy(() -> parser.parse("{\"data\": {\"order\": " + fixture(ADMIN_REFUNDED) + "}}"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("wrapped");
        assertThatThrownBy(() -> parser.parse(fixture(ADMIN_REFUNDED)
                        .replace("\"legacyResourceId\": \"5820982911946154508\"", "\"legacyResourceId\": \"#1042\"")))
                .hasMessage("field 'legacyResourceId' is missing or not a numeric id");
        assertThatThrownBy(() -> parser.parse(fixture(ADMIN_REFUNDED)
                        .replace(
                                "\"id\": \"gid://shopify/LineItem/13022311112222302\"",
                                "\"id\": \"13022311112222302\"")))
                .hasMessage("field 'lineItems.nodes[1].id' is not a Shopify global id: '13022311112222302'");
        assertThatThrownBy(() ->
                        parser.parse(fixture(ADMIN_REFUNDED).replaceFirst("\"quantity\": 1,(\\s*\"lineItem\")", "$1")))
                .hasMessage("field 'refunds[0].refundLineItems.nodes[0].quantity' is missing or not a count");
        assertThatThrownBy(() ->
                        parser.parse(fixture(ADMIN_REFUNDED).replace("\"amount\": \"63.70\"", "\"amount\": null")))
                .hasMessage("field 'totalPriceSet.shopMoney.amount' is missing or not a decimal");
    }
}
