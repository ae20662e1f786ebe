package dev.orderrelay.shopify.order;

import static dev.orderrelay.shopify.order.OrderFixtures.ADMIN_MULTI_CURRENCY;
import static dev.orderrelay.shopify.order.OrderFixtures.REST_MULTI_CURRENCY;
import static dev.orderrelay.shopify.order.OrderFixtures.REST_REFUNDED;
import static dev.orderrelay.shopify.order.OrderFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An order of a shop selling in EUR to a buyer paying in USD, read in either currency and either format. */
class PresentmentCurrencyTests {

    private final RestOrderParser rest = new RestOrderParser();
    private final AdminOrderParser admin = new AdminOrderParser();

    @Test
    void readsEveryAmountInTheShopsCurrencyByDefault() {
        ShopifyOrder order = rest.parse(fixture(REST_MULTI_CURRENCY));

        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.totalPrice()).isEqualTo(new BigDecimal("87.20"));
        assertThat(order.revenue()).isEqualTo(new BigDecimal("75.20"));
        assertThat(order.totalShipping()).isEqualTo(new BigDecimal("12.00"));
        assertThat(order.totalDiscounts()).isEqualTo(new BigDecimal("7.80"));
        assertThat(order.lineItems().getFirst().price()).isEqualTo(new BigDecimal("39.00"));
        assertThat(order.lineItems().getFirst().discount()).isEqualTo(new BigDecimal("7.80"));
        ShopifyRefund refund = order.refunds().getFirst();
        assertThat(refund.currency()).isEqualTo("EUR");
        assertThat(refund.lines().getFirst().subtotal()).isEqualTo(new BigDecimal("35.10"));
        // The buyer was refunded in USD: no EUR transaction to state the total.
        assertThat(refund.total()).isNull();
    }

    @Test
    void readsEveryAmountInTheBuyersCurrencyWhenAskedTo() {
        ShopifyOrder order = rest.parse(fixture(REST_MULTI_CURRENCY), ReportingCurrency.PRESENTMENT);

        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.totalPrice()).isEqualTo(new BigDecimal("94.63"));
        assertThat(order.revenue()).isEqualTo(new BigDecimal("81.61"));
        assertThat(order.totalShipping()).isEqualTo(new BigDecimal("13.02"));
        assertThat(order.totalDiscounts()).isEqualTo(new BigDecimal("8.46"));
        assertThat(order.lineItems())
                .extracting(ShopifyOrder.LineItem::price)
                .containsExactly(new BigDecimal("42.32"), new BigDecimal("5.43"));
        assertThat(order.lineItems().getFirst().discount()).isEqualTo(new BigDecimal("8.46"));
        ShopifyRefund refund = order.refunds().getFirst();
        assertThat(refund.currency()).isEqualTo("USD");
        assertThat(refund.lines().getFirst().subtotal()).isEqualTo(new BigDecimal("38.09"));
        assertThat(refund.lines().getFirst().lineItem().price()).isEqualTo(new BigDecimal("42.32"));
        assertThat(refund.total()).isEqualTo(new BigDecimal("38.09"));
    }

    @Test
    void readsTheSameOrderFromTheAdminApiInEitherCurrency() {
        for (ReportingCurrency currency : ReportingCurrency.values()) {
            ShopifyOrder fromAdmin = admin.parse(fixture(ADMIN_MULTI_CURRENCY), currency);
            ShopifyOrder fromRest = rest.parse(fixture(REST_MULTI_CURRENCY), currency);

            assertThat(fromAdmin.currency()).isEqualTo(fromRest.currency());
            assertThat(fromAdmin.totalPrice()).isEqualTo(fromRest.totalPrice());
            assertThat(fromAdmin.revenue()).isEqualTo(fromRest.revenue());
            assertThat(fromAdmin.totalShipping()).isEqualTo(fromRest.totalShipping());
            assertThat(fromAdmin.lineItems()).isEqualTo(fromRest.lineItems());
            assertThat(fromAdmin.refunds().getFirst().lines())
                    .isEqualTo(fromRest.refunds().getFirst().lines());
        }
        assertThat(admin.parse(fixture(ADMIN_MULTI_CURRENCY), ReportingCurrency.PRESENTMENT)
                        .refunds()
                        .getFirst()
                        .total())
                .isEqualTo(new BigDecimal("38.09"));
    }

    @Test
    void readsARefundAloneInTheBuyersCurrencyWhenAskedTo() {
        String refundAlone = refundOf(fixture(REST_MULTI_CURRENCY));
        RestRefundParser refunds = new RestRefundParser();

        ShopifyRefund presented = refunds.parse(refundAlone, ReportingCurrency.PRESENTMENT);
        ShopifyRefund shop = refunds.parse(refundAlone);

        assertThat(presented.currency()).isEqualTo("USD");
        assertThat(presented.total()).isEqualTo(new BigDecimal("38.09"));
        assertThat(presented.lines().getFirst().subtotal()).isEqualTo(new BigDecimal("38.09"));
        assertThat(shop.currency()).isEqualTo("EUR");
        assertThat(shop.lines().getFirst().subtotal()).isEqualTo(new BigDecimal("35.10"));
    }

    @Test
    void readsAnOrderInOneCurrencyTheSameWhicheverIsAskedFor() {
        assertThat(rest.parse(fixture(REST_REFUNDED), ReportingCurrency.PRESENTMENT))
                .isEqualTo(rest.parse(fixture(REST_REFUNDED)));
    }

    @Test
    void namesTheMissingPresentmentAmountOfAnOrderPresentedInAnotherCurrency() {
        String trimmed = fixture(REST_MULTI_CURRENCY)
                .replace(
                        "\"total_price_set\":{\"shop_money\":{\"amount\":\"87.20\",\"currency_code\":\"EUR\"},"
                                + "\"presentment_money\":{\"amount\":\"94.63\",\"currency_code\":\"USD\"}},",
                        "");

        assertThat(rest.parse(trimmed).totalPrice()).isEqualTo(new BigDecimal("87.20"));
        assertThatThrownBy(() -> rest.parse(trimmed, ReportingCurrency.PRESENTMENT))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessage("field 'total_price_set.presentment_money.amount' is missing or not a decimal");
    }

    @Test
    void countsTheUnitsOfAnOrderAndOfARefund() {
        ShopifyOrder order = rest.parse(fixture(REST_MULTI_CURRENCY));

        assertThat(order.units()).isEqualTo(3);
        assertThat(order.refunds().getFirst().units()).isEqualTo(1);
    }

    /** The first refund of a REST order body, alone, as refunds/create sends it. */
    private static String refundOf(String orderBody) {
        int start = orderBody.indexOf("{\"id\":998877665544339911");
        int end = orderBody.lastIndexOf("]}");
        return orderBody.substring(start, end);
    }
}
