package dev.orderrelay.console.overview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything the overview shows, as {@code GET /api/overview} returns it.
 *
 * @param generatedAt when it was read (ISO-8601 UTC)
 * @param live orders and deliveries per minute over the last hour: live figures that a crashed worker's last
 *     seconds are missing from; the hourly throughput rows are the authoritative counts
 * @param queues every queue's depth now, and the oldest message age workers saw
 * @param deadLetters open dead letters by destination and reason category, across all shops
 * @param breakers circuit breakers of live workers
 * @param lastReconciliation the newest reconciliation run; null when none ran in the runs' 30-day retention
 */
@JsonPropertyOrder({"generatedAt", "live", "queues", "deadLetters", "breakers", "lastReconciliation"})
public record OverviewView(
        String generatedAt,
        LiveView live,
        List<QueueRow> queues,
        DeadLetters deadLetters,
        Breakers breakers,
        LastReconciliation lastReconciliation) {

    public OverviewView {
        queues = List.copyOf(queues);
    }

    /** Open dead letters: their total and the rows, largest first. */
    public record DeadLetters(long open, List<DeadLetterRow> rows) {

        public DeadLetters {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param notClosed breakers not closed, longest in their state first
     * @param closed closed breakers summed over the live workers (one per worker per endpoint or shop destination)
     * @param workers how many workers reported in the last few minutes
     */
    public record Breakers(List<BreakerRow> notClosed, long closed, int workers) {

        public Breakers {
            notClosed = List.copyOf(notClosed);
        }
    }
}
