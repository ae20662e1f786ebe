package dev.orderrelay.console.overview;

import dev.orderrelay.ledger.breakers.BreakerBoard;
import dev.orderrelay.ledger.breakers.FleetBreakers;
import dev.orderrelay.ledger.parked.OpenCounts;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Assembles the overview for the page and the API alike. Reads: the activity table (8 Queries for the hour), the
 * dead-letter counters (one Query), the breaker board (one Query), the newest reconciliation run (one Query on the
 * runs' {@code by-day} index, more only on days without a run), and one {@code GetQueueAttributes} per queue.
 */
@Service
public class OverviewService {

    private final LiveActivity live;
    private final QueueDepths queues;
    private final OpenCounts deadLetters;
    private final BreakerBoard breakers;
    private final Reconciliations reconciliations;
    private final Clock clock;

    OverviewService(
            LiveActivity live,
            QueueDepths queues,
            OpenCounts deadLetters,
            BreakerBoard breakers,
            Reconciliations reconciliations,
            Clock clock) {
        this.live = live;
        this.queues = queues;
        this.deadLetters = deadLetters;
        this.breakers = breakers;
        this.reconciliations = reconciliations;
        this.clock = clock;
    }

    public OverviewView overview() {
        Instant now = clock.instant();
        LiveActivity.Hour hour = live.lastHour(now);
        List<DeadLetterRow> open =
                deadLetters.open().stream().map(DeadLetterRow::of).toList();
        FleetBreakers fleet = breakers.fleet();
        return new OverviewView(
                now.toString(),
                hour.view(),
                queueRows(hour.queueAges(), now),
                new OverviewView.DeadLetters(
                        open.stream().mapToLong(DeadLetterRow::open).sum(), open),
                new OverviewView.Breakers(
                        fleet.notClosed().stream().map(BreakerRow::of).toList(), fleet.closed(), fleet.workers()),
                reconciliations.latest().map(LastReconciliation::of).orElse(null));
    }

    private List<QueueRow> queueRows(Map<String, LiveActivity.QueueAge> ages, Instant now) {
        return queues.read().stream()
                .map(depth -> {
                    LiveActivity.QueueAge age = ages.get(depth.queue().name());
                    return new QueueRow(
                            depth.queue().name(),
                            depth.queue().role(),
                            depth.queue().of(),
                            depth.visible(),
                            depth.inFlight(),
                            depth.delayed(),
                            age == null ? null : Duration.ofMillis(age.millis()).toSeconds(),
                            age == null ? null : age.minute().toString(),
                            depth.error());
                })
                .toList();
    }
}
