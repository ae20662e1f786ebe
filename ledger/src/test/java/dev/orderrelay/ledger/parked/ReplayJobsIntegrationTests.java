package dev.orderrelay.ledger.parked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayJobsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final ReplayJobs jobs = new ReplayJobs(LEDGER.enhanced(), LEDGER.tables(), clock);

    @Test
    void keepsAJobsProgressUntilItIsDone() {
        ReplayJob started = jobs.start("demo.myshopify.com", "stage=deliver", 30, "support-ana");

        clock.advance(Duration.ofSeconds(2));
        jobs.progress(started.id(), new ReplayJob.Counts(10, 1, 0));

        assertThat(jobs.find(started.id())).hasValueSatisfying(job -> {
            assertThat(job.state()).isEqualTo(ReplayJobState.RUNNING);
            assertThat(job.total()).isEqualTo(30);
            assertThat(job.replayed()).isEqualTo(10);
            assertThat(job.skipped()).isEqualTo(1);
            assertThat(job.startedBy()).isEqualTo("support-ana");
            assertThat(job.updatedAt()).isEqualTo(clock.instant());
            assertThat(job.finishedAt()).isNull();
        });

        clock.advance(Duration.ofSeconds(3));
        assertThat(jobs.finish(started.id(), ReplayJobState.DONE, new ReplayJob.Counts(28, 1, 1), null))
                .isTrue();

        assertThat(jobs.find(started.id())).hasValueSatisfying(job -> {
            assertThat(job.state()).isEqualTo(ReplayJobState.DONE);
            assertThat(job.replayed() + job.skipped() + job.failed()).isEqualTo(30);
            assertThat(job.finishedAt()).isEqualTo(clock.instant());
            assertThat(job.filter()).isEqualTo("stage=deliver");
        });
    }

    @Test
    void changesNothingOnceAJobFinished() {
        ReplayJob started = jobs.start("demo.myshopify.com", "all", 3, "support-ana");
        jobs.finish(started.id(), ReplayJobState.FAILED, new ReplayJob.Counts(1, 0, 0), "ingest queue unavailable");

        assertThat(jobs.progress(started.id(), new ReplayJob.Counts(3, 0, 0))).isFalse();
        assertThat(jobs.find(started.id())).hasValueSatisfying(job -> {
            assertThat(job.state()).isEqualTo(ReplayJobState.FAILED);
            assertThat(job.replayed()).isEqualTo(1);
            assertThat(job.error()).contains("ingest queue unavailable");
        });
    }

    @Test
    void findsNoJobThatWasNeverStarted() {
        assertThat(jobs.find("no-such-job")).isEmpty();
    }
}
