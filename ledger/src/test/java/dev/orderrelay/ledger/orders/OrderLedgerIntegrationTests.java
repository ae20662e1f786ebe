package dev.orderrelay.ledger.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderLedgerIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();
    private static final Instant CREATED = Instant.parse("2026-11-24T09:59:59Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:05Z"));
    private final OrderLedger orders = new OrderLedger(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final String shop = "t-" + UUID.randomUUID() + ".myshopify.com";

    @Test
    void keepsTheFirstSightingOfAnOrder() {
        assertThat(orders.recordSeen(shop, "820982911946154508", "#1001", CREATED, "webhook"))
                .isTrue();
        clock.advance(Duration.ofMinutes(5));

        assertThat(orders.recordSeen(shop, "820982911946154508", "#1001", CREATED, "webhook"))
                .isFalse();

        OrderRecord order = orders.find(shop, "820982911946154508").orElseThrow();
        assertThat(order.firstSeenAt()).isEqualTo(Instant.parse("2026-11-24T10:00:05Z"));
        assertThat(order.state()).isEqualTo(OrderState.RECEIVED);
        assertThat(order.sourceCreatedAt()).isEqualTo(CREATED);
    }

    @Test
    void marksAnOrderProcessedKeepingWhatItKnew() {
        orders.recordSeen(shop, "820982911946154509", "#1002", CREATED, "webhook");

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

    @Test
    void listsOneShopsOrdersOfOneUtcHourByTheIndex() {
        orders.recordSeen(shop, "101", "#1", Instant.parse("2026-11-24T09:00:00Z"), "webhook");
        orders.recordSeen(shop, "102", "#2", Instant.parse("2026-11-24T09:59:59Z"), "reconciler");
        orders.recordSeen(shop, "103", "#3", Instant.parse("2026-11-24T10:00:00Z"), "webhook");
        orders.recordSeen("other-" + shop, "104", "#4", Instant.parse("2026-11-24T09:30:00Z"), "webhook");

        List<OrderRecord> hour = orders.forHour(shop, Instant.parse("2026-11-24T09:30:00Z"));

        assertThat(hour).extracting(OrderRecord::orderId).containsExactlyInAnyOrder("101", "102");
        assertThat(hour)
                .filteredOn(OrderRecord::foundByReconciler)
                .extracting(OrderRecord::orderId)
                .containsExactly("102");
    }

    @Test
    void keepsEveryRefundIdOnceAndTheFirstCancellation() {
        orders.recordSeen(shop, "201", "#1", CREATED, "webhook");

        orders.recordRefunds(shop, "201", List.of("9001"));
        orders.recordRefunds(shop, "201", List.of("9001", "9002"));
        orders.recordCancelled(shop, "201", Instant.parse("2026-11-24T11:00:00Z"));
        orders.recordCancelled(shop, "201", Instant.parse("2026-11-24T12:00:00Z"));

        OrderRecord order = orders.find(shop, "201").orElseThrow();
        assertThat(order.refundIds()).containsExactlyInAnyOrder("9001", "9002");
        assertThat(order.cancelledAt()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(order.firstSource()).isEqualTo("webhook");
    }

    @Test
    void marksARepairOnlyOnAnOrderItHolds() {
        orders.recordSeen(shop, "301", "#1", CREATED, "webhook");

        assertThat(orders.markRepaired(shop, "301")).isTrue();
        assertThat(orders.markRepaired(shop, "302")).isFalse();

        assertThat(orders.find(shop, "301").orElseThrow().repairedAt()).isEqualTo(clock.instant());
        assertThat(orders.find(shop, "302")).isEmpty();
        assertThat(orders.recordSeen(shop, "302", "#2", CREATED, "reconciler")).isTrue();
    }
}
