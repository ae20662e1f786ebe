package dev.orderrelay.ledger.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.TestLedger;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.dedupe.SeenDeliveries;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ReplayJobs;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShopErasureStepsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final Clock clock = Clock.systemUTC();
    private final ShopRegistry shops = new ShopRegistry(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final OrderLedger orders = new OrderLedger(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final DeliveryClaims claims =
            new DeliveryClaims(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final ParkedEvents parked = new ParkedEvents(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final ReplayJobs jobs = new ReplayJobs(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final SeenDeliveries seen =
            new SeenDeliveries(LEDGER.enhanced(), LEDGER.tables(), clock, SeenDeliveries.DEFAULT_RETENTION);
    private final ThroughputRows throughput = new ThroughputRows(LEDGER.enhanced(), LEDGER.tables());
    private final Reconciliations runs =
            new Reconciliations(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final StoredBodies bodies = new StoredBodies(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final DataRequestExports exports = new DataRequestExports(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final AuditLog audit = new AuditLog(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final List<ErasureStep> steps = ShopErasureSteps.ledger(LEDGER.dynamoDb(), LEDGER.tables());

    private final String shop = fresh();
    private final String other = fresh();

    @Test
    void leavesNothingOfAnUninstalledShopButItsAuditAndTouchesNoOtherShop() {
        fill(shop, ShopStatus.UNINSTALLED);
        fill(other, ShopStatus.ACTIVE);
        List<String> otherBefore = LedgerScan.mentions(LEDGER.dynamoDb(), LEDGER.tables(), other);

        int removed = steps.stream().mapToInt(step -> step.erase(shop)).sum();

        assertThat(LedgerScan.mentions(LEDGER.dynamoDb(), LEDGER.tables(), shop))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item).startsWith("audit: "));
        assertThat(LedgerScan.mentions(LEDGER.dynamoDb(), LEDGER.tables(), other))
                .containsExactlyInAnyOrderElementsOf(otherBefore);
        // 3 orders + 6 deliveries, 2 parked, 1 job, 2 seen, 2 rows, run + cursor, 1 body, header + part, config
        assertThat(removed).isEqualTo(22);
    }

    @Test
    void keepsTheConfigurationOfAShopThatInstalledTheAppAgainAndStillErasesItsData() {
        fill(shop, ShopStatus.ACTIVE);

        steps.forEach(step -> step.erase(shop));

        assertThat(shops.find(shop))
                .hasValueSatisfying(config -> assertThat(config.status()).isEqualTo(ShopStatus.ACTIVE));
        assertThat(LedgerScan.mentions(LEDGER.dynamoDb(), LEDGER.tables(), shop))
                .allSatisfy(item -> assertThat(item).matches("(audit|shops): .*"));
    }

    @Test
    void runsAgainWithoutErrorAndRemovesNothingMore() {
        fill(shop, ShopStatus.UNINSTALLED);
        steps.forEach(step -> step.erase(shop));

        assertThat(steps.stream().mapToInt(step -> step.erase(shop)).sum()).isZero();
    }

    @Test
    void erasesEveryPageOfALargePartition() {
        shops.save(new ShopConfig(shop, ShopStatus.UNINSTALLED, Map.of(), List.of()));
        for (int i = 0; i < 60; i++) {
            parked.park(new ParkedEvents.Parking(shop, ParkedStage.PROCESS, null, null, "w-" + i, "r", 1, "m"));
        }

        steps.forEach(step -> step.erase(shop));

        assertThat(parked.forShop(shop)).isEmpty();
    }

    private void fill(String domain, ShopStatus status) {
        shops.save(new ShopConfig(domain, status, Map.of("purchaseOn", "paid"), List.of()));
        for (String order : List.of("1001", "1002", "1003")) {
            orders.recordSeen(domain, order, "#" + order, Instant.parse("2026-11-24T10:15:30Z"), "webhook");
            claims.register(new DeliveryKey(domain, order, "hook", "purchase"), "webhook", "evt_" + order);
            claims.register(new DeliveryKey(domain, order, "ga", "purchase"), "ga4", "evt_" + order);
        }
        parked.park(new ParkedEvents.Parking(domain, ParkedStage.PROCESS, null, "1001", "w-1", "bad", 1, "{}"));
        parked.park(new ParkedEvents.Parking(domain, ParkedStage.DELIVER, "hook", "1002", null, "400", 3, "{}"));
        jobs.start(domain, "stage=deliver", 1, "support");
        seen.markProcessed(domain, "w-1", "orders/create");
        seen.markProcessed(domain, "w-2", "orders/paid");
        throughput.save(row(domain, "2026-11-24T10:00:00Z"));
        throughput.save(row(domain, "2026-11-24T11:00:00Z"));
        runs.request(domain, Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"), "support");
        runs.recordUpdatesCheckedUntil(domain, Instant.parse("2026-11-24T11:00:00Z"));
        bodies.record(domain, "1003", "order-relay-bodies", "bodies/sha256/" + "a".repeat(64), "a".repeat(64));
        exports.save(domain, new DataRequestExports.Coverage("9999", "77", "ada@example.com", 1, 0, 0), "{}");
        audit.record(new AuditLog.Recording("support", "shop-config", domain, domain, 0, "replaced", null));
    }

    private static ThroughputRow row(String shop, String hour) {
        return new ThroughputRow(
                shop,
                Instant.parse(hour),
                3,
                0,
                0,
                3,
                3,
                3,
                0,
                List.of(new DestinationThroughput("hook", 3, 3, 0, 0)),
                true,
                Instant.parse("2026-11-24T12:00:00Z"),
                "run-1");
    }

    private static String fresh() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
    }
}
