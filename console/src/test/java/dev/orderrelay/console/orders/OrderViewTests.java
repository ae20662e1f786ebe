package dev.orderrelay.console.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.orders.OrderState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderViewTests {

    private static final String SHOP = "demo.myshopify.com";
    private static final String ORDER = "9007199254740993";

    @Test
    void showsTheSourceTimeInUtcAndDeliveriesByDestinationThenEvent() {
        OrderRecord order = new OrderRecord(
                SHOP,
                ORDER,
                "#1001",
                Instant.parse("2026-11-24T10:15:30.120Z"),
                OrderState.PROCESSED,
                null,
                null,
                "webhook",
                null,
                null,
                null);

        OrderView view = OrderView.of(
                order,
                List.of(
                        delivery("webhook-b", "refund"),
                        delivery("ga4-a", "purchase"),
                        delivery("webhook-b", "purchase")));

        assertThat(view.orderId()).isEqualTo(ORDER);
        assertThat(view.sourceCreatedAt()).isEqualTo("2026-11-24T10:15:30.120Z");
        assertThat(view.deliveries())
                .extracting(d -> d.destination() + "|" + d.event())
                .containsExactly("ga4-a|purchase", "webhook-b|purchase", "webhook-b|refund");
    }

    @Test
    void leavesUnknownTimesAndStatesNull() {
        OrderView view = OrderView.of(
                new OrderRecord(SHOP, ORDER, null, null, null, null, null, null, null, null, null), List.of());

        assertThat(view.sourceCreatedAt()).isNull();
        assertThat(view.state()).isNull();
    }

    private static DeliveryRecord delivery(String destination, String event) {
        return new DeliveryRecord(
                new DeliveryKey(SHOP, ORDER, destination, event),
                "webhook",
                "key",
                DeliveryState.PENDING,
                0,
                null,
                null);
    }
}
