package dev.orderrelay.worker.process;

import static dev.orderrelay.worker.TestEnvelopes.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.ledger.orders.RefundAmounts;
import dev.orderrelay.shopify.order.RestOrderParser;
import dev.orderrelay.shopify.order.ShopifyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancelRefundTests {

    private static final String SHOP = "demo.myshopify.com";

    /** Order #1042: 50.60 of revenue, 63.70 paid, 10.19 tax, 4.90 shipping, in EUR. */
    private final ShopifyOrder order = new RestOrderParser()
            .parse(fixture("orders-paid-discounted-guest.json")
                    .replace(
                            "\"financial_status\":\"paid\"",
                            "\"cancelled_at\":\"2026-11-26T09:00:00+01:00\"," + "\"financial_status\":\"paid\""));

    private final OrderEvent purchase = OrderEventPayload.purchaseEvent(SHOP, order);

    @Test
    void refundsTheWholePurchaseWhenNothingWasRefundedBefore() {
        RefundAmounts rest = CancelRefund.remainder(purchase, List.of());

        assertThat(rest)
                .isEqualTo(new RefundAmounts(
                        "cancel-5820982911946154508",
                        "EUR",
                        new BigDecimal("50.60"),
                        new BigDecimal("63.70"),
                        new BigDecimal("10.19"),
                        new BigDecimal("4.90")));
        assertThat(CancelRefund.isDue(rest)).isTrue();
    }

    @Test
    void refundsExactlyWhatAPartialRefundLeftCountingEachRefundOnce() {
        RefundAmounts tee = amounts("9001", "18.75", "22.50", "3.75");
        RefundAmounts goodwill = amounts("9002", "0", "5.00", "0");

        RefundAmounts rest = CancelRefund.remainder(purchase, List.of(tee, goodwill, tee));

        assertThat(rest.value()).isEqualTo(new BigDecimal("31.85"));
        assertThat(rest.total()).isEqualTo(new BigDecimal("36.20"));
        assertThat(rest.tax()).isEqualTo(new BigDecimal("6.44"));
        assertThat(rest.shipping()).isEqualTo(new BigDecimal("4.90"));
    }

    @Test
    void leavesNothingDueWhenShopifyRefundedTheWholeOrder() {
        RefundAmounts everything = amounts("9003", "50.60", "63.70", "8.20");

        RefundAmounts rest = CancelRefund.remainder(purchase, List.of(everything));

        assertThat(CancelRefund.isDue(rest)).isFalse();
        assertThat(rest.total()).isEqualByComparingTo("0");
        assertThat(rest.tax()).as("never more tax than money left").isEqualByComparingTo("0");
        assertThat(rest.shipping()).isEqualByComparingTo("0");
    }

    @Test
    void neverRefundsBelowZeroWhenRefundsExceededThePurchase() {
        RefundAmounts more = amounts("9004", "60.00", "70.00", "12.00");

        RefundAmounts rest = CancelRefund.remainder(purchase, List.of(more));

        assertThat(rest.value()).isEqualByComparingTo("0");
        assertThat(rest.total()).isEqualByComparingTo("0");
        assertThat(CancelRefund.isDue(rest)).isFalse();
    }

    @Test
    void reversesTheRevenueThatAnAmountOnlyRefundDidNotThoughAllMoneyWentBack() {
        RefundAmounts amountOnly = amounts("9005", "0", "63.70", "0");

        RefundAmounts rest = CancelRefund.remainder(purchase, List.of(amountOnly));

        assertThat(rest.value()).isEqualTo(new BigDecimal("50.60"));
        assertThat(rest.total()).isEqualByComparingTo("0");
        assertThat(CancelRefund.isDue(rest)).isTrue();
    }

    @Test
    void countsNoRefundRecordedInAnotherCurrency() {
        RefundAmounts inDollars = new RefundAmounts(
                "9006", "USD", new BigDecimal("20.00"), new BigDecimal("24.00"), BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(CancelRefund.remainder(purchase, List.of(inDollars)).total()).isEqualTo(new BigDecimal("63.70"));
    }

    @Test
    void sendsTheRestAsARefundOfTheOrderWithoutItemsAtTheTimeOfTheCancellation() {
        OrderEvent event = CancelRefund.event(SHOP, order, CancelRefund.remainder(purchase, List.of()));

        assertThat(event.event()).isEqualTo(OrderEventKind.REFUND);
        assertThat(event.refundId()).isEqualTo("cancel-5820982911946154508");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
        assertThat(event.currency()).isEqualTo("EUR");
        assertThat(event.value()).isEqualTo(new BigDecimal("50.60"));
        assertThat(event.items()).isEmpty();
        assertThat(event.coupon()).isNull();
    }

    private static RefundAmounts amounts(String refundId, String value, String total, String tax) {
        return new RefundAmounts(
                refundId, "EUR", new BigDecimal(value), new BigDecimal(total), new BigDecimal(tax), BigDecimal.ZERO);
    }
}
