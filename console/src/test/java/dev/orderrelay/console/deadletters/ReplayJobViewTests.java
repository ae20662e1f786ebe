package dev.orderrelay.console.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.parked.ReplayJob;
import dev.orderrelay.ledger.parked.ReplayJobState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayJobViewTests {

    private static final Instant STARTED = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void showsARunningJobThatStillReportsAsRunning() {
        ReplayJobView view = ReplayJobView.of(running(STARTED.plusSeconds(60)), STARTED.plusSeconds(62));

        assertThat(view.state()).isEqualTo("RUNNING");
        assertThat(view.error()).isNull();
        assertThat(view.replayed()).isEqualTo(4);
    }

    @Test
    void showsAJobWhosePodStoppedReportingAsFailedWithWhatToDo() {
        Instant lastReport = STARTED.plusSeconds(60);

        ReplayJobView view = ReplayJobView.of(
                running(lastReport),
                lastReport.plus(ReplayJobView.STALLED_AFTER).plus(Duration.ofSeconds(1)));

        assertThat(view.state()).isEqualTo("FAILED");
        assertThat(view.error()).contains("no progress since " + lastReport).contains("Replay the same filter again");
        assertThat(view.finishedAt()).isNull();
    }

    private static ReplayJob running(Instant updatedAt) {
        return new ReplayJob(
                "job-1",
                "demo.myshopify.com",
                "stage=deliver status=PARKED",
                ReplayJobState.RUNNING,
                10,
                4,
                1,
                0,
                "support",
                STARTED,
                updatedAt,
                null,
                null);
    }
}
