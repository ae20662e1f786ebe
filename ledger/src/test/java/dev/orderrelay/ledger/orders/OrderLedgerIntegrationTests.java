package dev.orderrelay.ledger.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderLedgerIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();
    private static final Instant CREATED = Instant.parse("2026-11-24T09:59:59Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:05Z"));
    private final OrderLedger orders = new OrderLedger(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final String shop = "t-" + UUID.randomUUID() + ".myshopify.com";

    @Test
    void keepsTheFirstSightingOfAnOrder() {
        assertThat(orders.recordSeen(shop, "820982911946154508", "#1001", CREATED))
                .isTrue();
        clock.advance(Duration.ofMinutes(5));

        assertThat(orders.recordSeen(shop, "820982911946154508", "#1001", CREATED))
                .isFalse();

        OrderRecord order = orders.find(shop, "820982911946154508").orElseThrow();
        assertThat(order.firstSeenAt()).isEqualTo(Instant.parse("2026-11-24T10:00:05Z"));
        assertThat(order.state()).isEqualTo(OrderState.RECEIVED);
        assertThat(order.sourceCreatedAt()).isEqualTo(CREATED);
    }

    @Test
    void marksAnOrderProcessedKeepingWhatItKnew() {
        orders.recordSeen(shop, "820982911946154509", "#1002", CREATED);

        orders.markProcessed(shop, "820982911946154509");

        OrderRecord order = orders.find(shop, "820982911946154509").orElseThrow();
        assertThat(order.state()).isEqualTo(OrderState.PROCESSED);
        assertThat(order.name()).isEqualTo("#1002");
        assertThat(order.processedAt()).isEqualTo(clock.instant());
    }

    @Test
    void filesAnOrderUnderTheUtcHourItWasCreatedIn() {
        assertThat(OrderLedger.HOUR.format(Instant.parse("2026-11-24T09:59:59.999Z")))
                .isEqualTo("2026-11-24T09");
    }

    @Test
    void findsNothingForAnUnknownOrder() {
        assertThat(orders.find(shop, "1")).isEmpty();
    }
}
