package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.parked.ReplayJob;
import dev.orderrelay.ledger.parked.ReplayJobState;
import java.time.Duration;
import java.time.Instant;

/**
 * A replay job's progress as the API shows it. A job reports progress at least every few seconds while it runs;
 * one that has not for {@link #STALLED_AFTER} lost the pod running it and is shown {@code FAILED}.
 *
 * @param state {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param total parked events that matched the filter when the job started
 * @param replayed published again
 * @param skipped nothing sent: already delivered, or replayed or discarded by someone else meanwhile
 * @param failed could not be replayed (e.g. an unreadable message); still parked
 * @param error why a failed job stopped; the events it did not reach are still parked
 */
record ReplayJobView(
        String id,
        String shop,
        String filter,
        String state,
        int total,
        int replayed,
        int skipped,
        int failed,
        String startedBy,
        String startedAt,
        String updatedAt,
        String finishedAt,
        String error) {

    static final Duration STALLED_AFTER = Duration.ofMinutes(5);

    static ReplayJobView of(ReplayJob job, Instant now) {
        ReplayJobState state = job.state();
        String error = job.error();
        if (state == ReplayJobState.RUNNING
                && job.updatedAt().plus(STALLED_AFTER).isBefore(now)) {
            state = ReplayJobState.FAILED;
            error = "no progress since " + job.updatedAt() + ": the console pod running this job stopped. Replay the"
                    + " same filter again; what was replayed is no longer parked, so only the rest is sent.";
        }
        return new ReplayJobView(
                job.id(),
                job.shop(),
                job.filter(),
                state.name(),
                job.total(),
                job.replayed(),
                job.skipped(),
                job.failed(),
                job.startedBy(),
                text(job.startedAt()),
                text(job.updatedAt()),
                text(job.finishedAt()),
                error);
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
