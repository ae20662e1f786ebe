package dev.orderrelay.ledger.parked;

import java.time.Instant;

/**
 * A replay of a filter's worth of one shop's parked events, run in the background by the console pod that started
 * it; its progress lives here so any pod can report it.
 *
 * @param id random, URL-safe
 * @param filter the filter as text, e.g. {@code destination=merchant-webhook stage=deliver}; never customer data
 * @param total how many parked events matched when the job started
 * @param replayed how many were published again
 * @param skipped how many needed no send: already delivered, or replayed or discarded by someone else meanwhile
 * @param failed how many could not be replayed (unreadable message, delivery unknown to the ledger)
 * @param updatedAt the last progress report; a running job that stops reporting lost its pod
 * @param finishedAt null while running
 * @param error why a failed job stopped; null otherwise
 */
public record ReplayJob(
        String id,
        String shop,
        String filter,
        ReplayJobState state,
        int total,
        int replayed,
        int skipped,
        int failed,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt,
        String error) {

    /** The counts so far, as the runner keeps them. */
    public record Counts(int replayed, int skipped, int failed) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public int done() {
            return replayed + skipped + failed;
        }
    }
}
