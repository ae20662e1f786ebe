package dev.orderrelay.ledger.reconciliations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();
    private static final Instant FROM = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-24T10:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:15:00Z"));
    private final Reconciliations runs =
            new Reconciliations(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);

    @Test
    void queuesARequestedRunUntilOneReconcilerClaimsIt() {
        ReconciliationRun run = runs.request("demo.myshopify.com", FROM, TO, "ops");

        assertThat(runs.queued(10)).extracting(ReconciliationRun::runId).contains(run.runId());
        assertThat(runs.claim(run.runId())).isTrue();
        assertThat(runs.claim(run.runId())).as("a second reconciler").isFalse();

        assertThat(runs.queued(10)).extracting(ReconciliationRun::runId).doesNotContain(run.runId());
        ReconciliationRun claimed = runs.find(run.runId()).orElseThrow();
        assertThat(claimed.state()).isEqualTo(RunState.RUNNING);
        assertThat(claimed.startedAt()).isEqualTo(clock.instant());
        assertThat(claimed.trigger()).isEqualTo(RunTrigger.REQUESTED);
    }

    @Test
    void reportsProgressThenTheFinalFindings() {
        ReconciliationRun run = runs.startScheduled(FROM, TO);
        RunFindings halfway = new RunFindings(4, 2, 1, 20, 1, 0, 0, 0, List.of(), List.of());

        runs.progress(run.runId(), halfway);
        assertThat(runs.find(run.runId()).orElseThrow().findings()).isEqualTo(halfway);

        RunFindings done =
                new RunFindings(4, 4, 2, 41, 2, 1, 1, 1, List.of("demo.myshopify.com orders/paid"), List.of());
        runs.finish(run.runId(), done);

        ReconciliationRun finished = runs.find(run.runId()).orElseThrow();
        assertThat(finished.state()).isEqualTo(RunState.DONE);
        assertThat(finished.findings()).isEqualTo(done);
        assertThat(finished.findings().requeued()).isEqualTo(5);
        assertThat(finished.from()).isEqualTo(FROM);
        assertThat(finished.to()).isEqualTo(TO);
    }

    @Test
    void recordsWhyARunFailed() {
        ReconciliationRun run = runs.startScheduled(FROM, TO);

        runs.fail(run.runId(), RunFindings.NONE, "ledger unreachable");

        ReconciliationRun failed = runs.find(run.runId()).orElseThrow();
        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.error()).isEqualTo("ledger unreachable");
    }
}
