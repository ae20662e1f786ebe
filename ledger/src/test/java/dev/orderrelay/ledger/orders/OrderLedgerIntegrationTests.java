package dev.orderrelay.ledger.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.math.BigDecimal;
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
    void findsAnOrderByItsDisplayNameInItsShopOnly() {
        orders.recordSeen(shop, "5820982911946154508", "#1001", CREATED, "webhook");
        orders.recordSeen(shop, "5820982911946154509", "#1002", CREATED, "eventbridge");
        orders.recordSeen("other-" + shop, "5820982911946154510", "#1001", CREATED, "webhook");

        assertThat(orders.named(shop, "#1001")).extracting(OrderRecord::orderId).containsExactly("5820982911946154508");
        assertThat(orders.named(shop, "1001")).as("names are matched exactly").isEmpty();
        assertThat(orders.named(shop, "#9999")).isEmpty();
    }

    @Test
    void listsTheLatestOrdersNewestFirstHourByHourUpToTheLimit() {
        Instant now = Instant.parse("2026-11-24T10:20:00Z");
        orders.recordSeen(shop, "301", "#1", Instant.parse("2026-11-24T07:10:00Z"), "webhook");
        orders.recordSeen(shop, "302", "#2", Instant.parse("2026-11-24T09:10:00Z"), "webhook");
        orders.recordSeen(shop, "303", "#3", Instant.parse("2026-11-24T09:50:00Z"), "webhook");
        orders.recordSeen(shop, "304", "#4", Instant.parse("2026-11-24T10:05:00Z"), "reconciler");

        assertThat(orders.recent(shop, now, 24, 3))
                .extracting(OrderRecord::orderId)
                .containsExactly("304", "303", "302");
        assertThat(orders.recent(shop, now, 24, 10))
                .extracting(OrderRecord::orderId)
                .containsExactly("304", "303", "302", "301");
        assertThat(orders.recent(shop, now, 2, 10))
                .as("only the hours asked for: 10:00 and 09:00")
                .extracting(OrderRecord::orderId)
                .containsExactly("304", "303", "302");
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
    void takesAPayloadAsCurrentUnlessANewerOneWasRecordedAndKeepsTheNewersFacts() {
        orders.recordSeen(shop, "401", "#1", CREATED, "webhook");
        Instant older = Instant.parse("2026-11-24T10:00:00Z");
        Instant newer = Instant.parse("2026-11-24T10:05:00Z");

        assertThat(orders.recordVersion(shop, "401", newer, new OrderFacts("pos", false, true, 3)))
                .isTrue();
        assertThat(orders.recordVersion(shop, "401", newer, new OrderFacts("pos", false, true, 3)))
                .as("the same payload again, a retry")
                .isTrue();
        assertThat(orders.recordVersion(shop, "401", older, new OrderFacts("web", true, false, 5)))
                .isFalse();

        OrderRecord order = orders.find(shop, "401").orElseThrow();
        assertThat(order.sourceUpdatedAt()).isEqualTo(newer);
        assertThat(order.facts()).isEqualTo(new OrderFacts("pos", false, true, 3));
    }

    @Test
    void takesAPayloadWithoutAVersionAsCurrentFillingOnlyFactsNotYetKnown() {
        orders.recordSeen(shop, "402", "#2", CREATED, "webhook");

        assertThat(orders.recordVersion(shop, "402", null, new OrderFacts("web", null, null, 2)))
                .isTrue();
        assertThat(orders.recordVersion(shop, "402", null, new OrderFacts("pos", false, null, 4)))
                .isTrue();

        OrderRecord order = orders.find(shop, "402").orElseThrow();
        assertThat(order.sourceUpdatedAt()).isNull();
        assertThat(order.facts()).isEqualTo(new OrderFacts("web", false, null, 2));
    }

    @Test
    void keepsEachRefundsAmountsOnceAsExactDecimals() {
        orders.recordSeen(shop, "403", "#3", CREATED, "webhook");
        RefundAmounts tee = new RefundAmounts(
                "9001",
                "EUR",
                new BigDecimal("18.75"),
                new BigDecimal("22.50"),
                new BigDecimal("3.75"),
                BigDecimal.ZERO);
        RefundAmounts goodwill = new RefundAmounts(
                "9002", "EUR", BigDecimal.ZERO, new BigDecimal("5.00"), BigDecimal.ZERO, BigDecimal.ZERO);

        orders.recordRefundAmounts(shop, "403", List.of(tee));
        orders.recordRefundAmounts(shop, "403", List.of(tee, goodwill));

        OrderRecord order = orders.find(shop, "403").orElseThrow();
        assertThat(order.refundIds()).containsExactlyInAnyOrder("9001", "9002");
        assertThat(order.refundAmounts()).containsExactly(tee, goodwill);
    }

    @Test
    void keepsTheFirstCancellationsAmountsWhateverIsDecidedLater() {
        orders.recordSeen(shop, "404", "#4", CREATED, "webhook");
        RefundAmounts rest = new RefundAmounts(
                "cancel-404",
                "EUR",
                new BigDecimal("31.85"),
                new BigDecimal("36.20"),
                BigDecimal.ZERO,
                BigDecimal.ZERO);
        RefundAmounts later = new RefundAmounts(
                "cancel-404", "EUR", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(orders.recordCancelled(shop, "404", Instant.parse("2026-11-24T11:00:00Z"), rest))
                .isEqualTo(rest);
        assertThat(orders.recordCancelled(shop, "404", Instant.parse("2026-11-24T12:00:00Z"), later))
                .isEqualTo(rest);

        OrderRecord order = orders.find(shop, "404").orElseThrow();
        assertThat(order.cancelAmounts()).isEqualTo(rest);
        assertThat(order.cancelledAt()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
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
