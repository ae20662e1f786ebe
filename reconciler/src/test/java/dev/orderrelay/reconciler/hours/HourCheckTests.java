package dev.orderrelay.reconciler.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.orders.OrderState;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.reconciler.source.SourceOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HourCheckTests {

    private static final String SHOP = "demo.myshopify.com";
    private static final Instant HOUR = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final ShopConfig shop = new ShopConfig(
            SHOP,
            ShopStatus.ACTIVE,
            Map.of(),
            List.of(
                    new DestinationConfig("hook", "webhook", Map.of(), "hook-secret"),
                    new DestinationConfig("ga4", "ga4", Map.of(), "ga4-secret")));
    private final HourCheck check = new HourCheck(shop, Duration.ofMinutes(30));
    private final Map<String, OrderRecord> ledger = new HashMap<>();
    private final Map<String, List<DeliveryRecord>> deliveries = new HashMap<>();

    @Test
    void readsAnHourWithNoOrdersAsOneHundredPercentAndProven() {
        HourVerdict verdict = run(List.of());

        assertThat(verdict.row().eligible()).isZero();
        assertThat(verdict.row().proven()).isTrue();
        assertThat(verdict.row().destinations())
                .allSatisfy(d -> assertThat(d.percentAfterRepair(0)).isEqualByComparingTo("100.00"));
        assertThat(verdict.repairs()).isEmpty();
    }

    @Test
    void provesAnHourWhoseEveryEligibleOrderReachedEveryDestination() {
        delivered("1", "hook", "ga4");
        delivered("2", "hook", "ga4");

        HourVerdict verdict = run(List.of(paid("1"), paid("2")));

        assertThat(verdict.row().eligible()).isEqualTo(2);
        assertThat(verdict.row().received()).isEqualTo(2);
        assertThat(verdict.row().processed()).isEqualTo(2);
        assertThat(verdict.row().proven()).isTrue();
        assertThat(verdict.repairs()).isEmpty();
    }

    @Test
    void findsAnOrderTheLedgerNeverSawEvenWhenAnOrderDeletedAtTheSourceMakesTheCountsAgree() {
        delivered("1", "hook", "ga4");
        delivered("deleted-at-source", "hook", "ga4");

        HourVerdict verdict = run(List.of(paid("1"), paid("lost")));

        assertThat(verdict.repairs()).containsExactly(new Repair("lost", Repair.Reason.MISSING_ORDER, false));
        assertThat(verdict.row().source()).isEqualTo(2);
        assertThat(verdict.row().received()).isEqualTo(1);
        assertThat(verdict.row().destinations())
                .allSatisfy(d -> assertThat(d.percentAfterRepair(2)).isEqualByComparingTo("50.00"));
        assertThat(verdict.row().proven()).isFalse();
    }

    @Test
    void countsTestOrdersAsExcludedAndUnpaidOrdersAsPendingOutsideTheDenominator() {
        delivered("1", "hook", "ga4");
        SourceOrder test = new SourceOrder("t", "#t", HOUR, HOUR, true, "web", null, "paid", List.of());
        SourceOrder unpaid = new SourceOrder("u", "#u", HOUR, HOUR, false, "web", null, "pending", List.of());
        SourceOrder voided =
                new SourceOrder("v", "#v", HOUR, HOUR, false, "web", HOUR.plusSeconds(60), "voided", List.of());
        seen("u", OrderState.PROCESSED);

        HourVerdict verdict = run(List.of(paid("1"), test, unpaid, voided));

        assertThat(verdict.row().source()).isEqualTo(4);
        assertThat(verdict.row().excluded()).isEqualTo(2);
        assertThat(verdict.row().pending()).isEqualTo(1);
        assertThat(verdict.row().eligible()).isEqualTo(1);
        assertThat(verdict.row().proven())
                .as("an unpaid order may still be paid")
                .isFalse();
        assertThat(verdict.repairs()).isEmpty();
    }

    @Test
    void requeuesAProcessedOrderWhosePurchaseNeverReachedADestinationOnceItHasStalled() {
        seen("1", OrderState.PROCESSED, NOW.minus(Duration.ofHours(1)));
        deliveries.put("1", List.of(purchase("1", "hook", DeliveryState.DELIVERED, null)));

        HourVerdict verdict = run(List.of(paid("1")));

        assertThat(verdict.repairs()).containsExactly(new Repair("1", Repair.Reason.STALLED, true));
        DestinationThroughput ga4 = destination(verdict, "ga4");
        assertThat(ga4.pending()).isEqualTo(1);
        assertThat(ga4.delivered()).isZero();
    }

    @Test
    void leavesAnUndeliveredOrderToTheWorkerUntilItHasStalled() {
        seen("1", OrderState.PROCESSED, NOW.minus(Duration.ofMinutes(5)));

        assertThat(run(List.of(paid("1"))).repairs()).isEmpty();
    }

    @Test
    void leavesParkedPurchasesToSupportAndCountsThemApart() {
        seen("1", OrderState.PROCESSED, NOW.minus(Duration.ofHours(2)));
        deliveries.put(
                "1",
                List.of(
                        purchase("1", "hook", DeliveryState.DELIVERED, null),
                        purchase("1", "ga4", DeliveryState.PARKED, null)));

        HourVerdict verdict = run(List.of(paid("1")));

        assertThat(verdict.repairs()).isEmpty();
        assertThat(destination(verdict, "ga4").parked()).isEqualTo(1);
        assertThat(verdict.row().proven()).isFalse();
    }

    @Test
    void countsAnOrderTheReconcilerBroughtInAsDeliveredAfterRepairOnly() {
        ledger.put("1", record("1", OrderState.PROCESSED, NOW.minus(Duration.ofHours(1)), "reconciler", null));
        deliveries.put(
                "1",
                List.of(
                        purchase("1", "hook", DeliveryState.DELIVERED, NOW.minusSeconds(60)),
                        purchase("1", "ga4", DeliveryState.DELIVERED, NOW.minusSeconds(60))));

        HourVerdict verdict = run(List.of(paid("1")));

        assertThat(verdict.row().repaired()).isEqualTo(1);
        assertThat(verdict.row().proven()).isTrue();
        assertThat(destination(verdict, "ga4").percentBeforeRepair(1)).isEqualByComparingTo("0.00");
        assertThat(destination(verdict, "ga4").percentAfterRepair(1)).isEqualByComparingTo("100.00");
    }

    @Test
    void countsAnOrderEligibleOnCreateWhenTheShopSendsPurchasesOnCreate() {
        ShopConfig onCreate = new ShopConfig(SHOP, ShopStatus.ACTIVE, Map.of("purchaseOn", "create"), List.of());
        SourceOrder unpaid = new SourceOrder("u", "#u", HOUR, HOUR, false, "web", null, "pending", List.of());

        HourVerdict verdict = new HourCheck(onCreate, Duration.ofMinutes(30))
                .check(HOUR, List.of(unpaid), Map.of(), id -> List.of(), NOW, "run-1");

        assertThat(verdict.row().eligible()).isEqualTo(1);
        assertThat(verdict.repairs()).containsExactly(new Repair("u", Repair.Reason.MISSING_ORDER, false));
    }

    @Test
    void countsOrdersOfAChannelTheShopExcludesAsExcludedEvenWhenPaid() {
        ShopConfig noPos = new ShopConfig(
                SHOP, ShopStatus.ACTIVE, Map.of("excludedChannels", "pos,shopify_draft_order"), shop.destinations());
        SourceOrder pos = new SourceOrder("p", "#p", HOUR, HOUR, false, "pos", null, "paid", List.of());
        SourceOrder draft =
                new SourceOrder("d", "#d", HOUR, HOUR, false, "shopify_draft_order", null, "pending", List.of());
        delivered("1", "hook", "ga4");

        HourVerdict verdict = new HourCheck(noPos, Duration.ofMinutes(30))
                .check(
                        HOUR,
                        List.of(paid("1"), pos, draft),
                        ledger,
                        id -> deliveries.getOrDefault(id, List.of()),
                        NOW,
                        "run-1");

        assertThat(verdict.row().excluded()).isEqualTo(2);
        assertThat(verdict.row().pending()).isZero();
        assertThat(verdict.row().eligible()).isEqualTo(1);
        assertThat(verdict.row().proven()).isTrue();
        assertThat(verdict.repairs())
                .as("an excluded order the ledger never saw is not missing")
                .isEmpty();
        assertThat(Eligibility.from(Map.of()).of(pos)).isEqualTo(Eligibility.Standing.ELIGIBLE);
    }

    private HourVerdict run(List<SourceOrder> source) {
        return check.check(HOUR, source, ledger, id -> deliveries.getOrDefault(id, List.of()), NOW, "run-1");
    }

    private void delivered(String orderId, String... destinations) {
        seen(orderId, OrderState.PROCESSED);
        deliveries.put(
                orderId,
                java.util.Arrays.stream(destinations)
                        .map(d -> purchase(orderId, d, DeliveryState.DELIVERED, NOW.minusSeconds(3000)))
                        .toList());
    }

    private void seen(String orderId, OrderState state) {
        seen(orderId, state, NOW.minus(Duration.ofHours(1)));
    }

    private void seen(String orderId, OrderState state, Instant at) {
        ledger.put(orderId, record(orderId, state, at, "webhook", null));
    }

    private static OrderRecord record(String orderId, OrderState state, Instant at, String source, Instant repaired) {
        return new OrderRecord(SHOP, orderId, "#" + orderId, HOUR, state, at, at, source, null, null, repaired);
    }

    private static DeliveryRecord purchase(String orderId, String destination, DeliveryState state, Instant at) {
        return new DeliveryRecord(
                new DeliveryKey(SHOP, orderId, destination, "purchase"), destination, "evt", state, 1, null, at);
    }

    private static SourceOrder paid(String orderId) {
        return new SourceOrder(orderId, "#" + orderId, HOUR, HOUR, false, "web", null, "paid", List.of());
    }

    private static DestinationThroughput destination(HourVerdict verdict, String name) {
        return verdict.row().destinations().stream()
                .filter(d -> d.destination().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
