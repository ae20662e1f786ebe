package dev.orderrelay.ledger.breakers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BreakerBoardIntegrationTests {

    private final TestLedger ledger = TestLedger.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final BreakerBoard board = new BreakerBoard(ledger.dynamoDb(), ledger.tables(), clock);

    @Test
    void listsOpenBreakersOfLiveWorkersAndSumsTheirClosedOnes() {
        Instant opened = clock.instant().minusSeconds(90);
        board.report(new BreakerState("w-1", "endpoint/ga4", "OPEN", opened, clock.instant()), Duration.ofMinutes(2));
        board.reportClosed("w-1", 7, Duration.ofMinutes(2));
        board.reportClosed("w-2", 5, Duration.ofMinutes(2));

        FleetBreakers fleet = board.fleet();

        assertThat(fleet.notClosed())
                .containsExactly(new BreakerState("w-1", "endpoint/ga4", "OPEN", opened, clock.instant()));
        assertThat(fleet.closed()).isEqualTo(12);
        assertThat(fleet.workers()).isEqualTo(2);
    }

    @Test
    void forgetsAWorkerThatStoppedReporting() {
        board.report(
                new BreakerState("w-dead", "endpoint/segment", "OPEN", clock.instant(), clock.instant()),
                Duration.ofMinutes(2));
        board.reportClosed("w-dead", 3, Duration.ofMinutes(2));
        board.reportClosed("w-live", 4, Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(3));

        FleetBreakers fleet = board.fleet();
        assertThat(fleet.notClosed()).isEmpty();
        assertThat(fleet.closed()).isEqualTo(4);
        assertThat(fleet.workers()).isEqualTo(1);
    }

    @Test
    void dropsABreakerThatClosed() {
        board.report(
                new BreakerState(
                        "w-1", "target/webhook/a.myshopify.com/erp", "HALF_OPEN", clock.instant(), clock.instant()),
                Duration.ofMinutes(2));

        board.closed("w-1", "target/webhook/a.myshopify.com/erp");

        assertThat(board.fleet().notClosed()).isEmpty();
    }
}
