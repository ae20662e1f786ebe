package dev.orderrelay.ledger.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.TestLedger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ThroughputRowsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final ThroughputRows rows = new ThroughputRows(LEDGER.enhanced(), LEDGER.tables());
    private final String shop = "t-" + UUID.randomUUID() + ".myshopify.com";

    @Test
    void keepsOneRowPerHourReplacedByTheLatestMeasurement() {
        rows.save(row("2026-11-24T10:00:00Z", 10, 9, false));
        rows.save(row("2026-11-24T10:00:00Z", 10, 10, true));

        ThroughputRow row =
                rows.find(shop, Instant.parse("2026-11-24T10:42:00Z")).orElseThrow();

        assertThat(row.proven()).isTrue();
        assertThat(row.destinations()).singleElement().satisfies(destination -> {
            assertThat(destination.delivered()).isEqualTo(10);
            assertThat(destination.deliveredBeforeRepair()).isEqualTo(9);
            assertThat(destination.percentAfterRepair(row.eligible())).isEqualByComparingTo("100.00");
            assertThat(destination.percentBeforeRepair(row.eligible())).isEqualByComparingTo("90.00");
        });
    }

    @Test
    void readsTheHoursOfAWindowInOrderByOneKeyQuery() {
        rows.save(row("2026-11-24T09:00:00Z", 1, 1, true));
        rows.save(row("2026-11-24T10:00:00Z", 2, 2, true));
        rows.save(row("2026-11-24T11:00:00Z", 3, 3, true));

        List<ThroughputRow> window =
                rows.range(shop, Instant.parse("2026-11-24T09:30:00Z"), Instant.parse("2026-11-24T11:00:00Z"));

        assertThat(window)
                .extracting(ThroughputRow::hour)
                .containsExactly(Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    void readsAnHourWithNoOrdersAsOneHundredPercentNotADivisionByZero() {
        DestinationThroughput nothing = new DestinationThroughput("ga4", 0, 0, 0, 0);

        assertThat(nothing.percentAfterRepair(0)).isEqualByComparingTo("100.00");
        assertThat(nothing.percentBeforeRepair(0)).isEqualByComparingTo("100.00");
    }

    @Test
    void roundsDownSoAMissingOrderNeverReadsAsOneHundredPercent() {
        assertThat(ThroughputRow.percent(99_999, 100_000)).isEqualByComparingTo("99.99");
    }

    private ThroughputRow row(String hour, int eligible, int delivered, boolean proven) {
        return new ThroughputRow(
                shop,
                Instant.parse(hour),
                eligible + 2,
                1,
                1,
                eligible,
                eligible,
                eligible,
                eligible - 9 > 0 ? eligible - 9 : 1,
                List.of(new DestinationThroughput("ga4", delivered, Math.min(delivered, eligible - 1), 0, 0)),
                proven,
                Instant.parse("2026-11-24T12:00:00Z"),
                "run-1");
    }
}
