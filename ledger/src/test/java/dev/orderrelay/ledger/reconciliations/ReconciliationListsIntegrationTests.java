package dev.orderrelay.ledger.reconciliations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's lists of runs: every shop's newest first across days, one shop's, and the newest of all. */
class ReconciliationListsIntegrationTests {

    private static final Instant FROM = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-20T10:00:00Z");
    private static final String SHOP = "lists.myshopify.com";

    // Tables of its own: the lists read every run, so no other test's runs may be there.
    private final TestLedger ledger = TestLedger.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T23:59:58Z"));
    private final Reconciliations runs =
            new Reconciliations(ledger.enhanced(), ledger.dynamoDb(), ledger.tables(), clock);

    @Test
    void listsEveryShopsRunsNewestFirstAcrossUtcDaysAndPagesOnFromTheLastShown() {
        ReconciliationRun first = runs.startScheduled(FROM, TO);
        clock.advance(Duration.ofSeconds(1));
        ReconciliationRun second = runs.request(SHOP, FROM, TO, "support");
        clock.advance(Duration.ofSeconds(3)); // now the next UTC day
        ReconciliationRun third = runs.request("other.myshopify.com", FROM, TO, "support");
        clock.advance(Duration.ofDays(1)); // a day without runs in between is skipped over
        ReconciliationRun fourth = runs.startScheduled(FROM, TO);
        runs.recordUpdatesCheckedUntil(SHOP, TO);

        assertThat(runs.recent(null, 10))
                .extracting(ReconciliationRun::runId)
                .containsExactly(fourth.runId(), third.runId(), second.runId(), first.runId());
        List<ReconciliationRun> firstPage = runs.recent(null, 2);
        assertThat(firstPage).extracting(ReconciliationRun::runId).containsExactly(fourth.runId(), third.runId());
        assertThat(runs.recent(firstPage.get(1).runId(), 2))
                .extracting(ReconciliationRun::runId)
                .containsExactly(second.runId(), first.runId());
        assertThat(runs.latest()).map(ReconciliationRun::runId).contains(fourth.runId());
    }

    @Test
    void listsOneShopsRequestedRunsWithoutItsCursorOrOtherShops() {
        ReconciliationRun older = runs.request(SHOP, FROM, TO, "support");
        clock.advance(Duration.ofSeconds(1));
        runs.request("other.myshopify.com", FROM, TO, "support");
        runs.startScheduled(FROM, TO);
        ReconciliationRun newer = runs.request(SHOP, FROM, TO, "ops");
        runs.recordUpdatesCheckedUntil(SHOP, TO);

        assertThat(runs.forShop(SHOP, null, 10))
                .extracting(ReconciliationRun::runId)
                .containsExactly(newer.runId(), older.runId());
        assertThat(runs.forShop(SHOP, newer.runId(), 10))
                .extracting(ReconciliationRun::runId)
                .containsExactly(older.runId());
    }

    @Test
    void hasNoLatestRunBeforeTheFirstAndRefusesACursorThatIsNoRunId() {
        assertThat(runs.latest()).isEmpty();
        assertThatThrownBy(() -> runs.recent("cursor|x", 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
