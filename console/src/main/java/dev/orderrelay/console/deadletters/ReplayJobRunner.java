package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStatus;
import dev.orderrelay.ledger.parked.ReplayJob;
import dev.orderrelay.ledger.parked.ReplayJobState;
import dev.orderrelay.ledger.parked.ReplayJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and replays a filter's worth of one shop's dead letters. A job covers every event parked up to the moment
 * it started, page by page through the whole shop partition (never just a page of it), so events parked later (a
 * replay that fails again, say) are not replayed twice by the same job. Jobs run on virtual threads, at most
 * {@code maxJobs} at once per pod; their progress lives in the ledger, so any pod can report it.
 */
class ReplayJobRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplayJobRunner.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final ParkedEvents parked;
    private final ReplayJobs jobs;
    private final DeadLetterReplayer replayer;
    private final AuditTrail audit;
    private final Clock clock;
    private final int pageSize;
    private final int maxJobs;
    private final Semaphore permits;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("replay-job-", 0).factory());
    private volatile boolean stopping;

    ReplayJobRunner(
            ParkedEvents parked,
            ReplayJobs jobs,
            DeadLetterReplayer replayer,
            AuditTrail audit,
            Clock clock,
            int pageSize,
            int maxJobs) {
        this.parked = parked;
        this.jobs = jobs;
        this.replayer = replayer;
        this.audit = audit;
        this.clock = clock;
        this.pageSize = pageSize;
        this.maxJobs = maxJobs;
        this.permits = new Semaphore(maxJobs);
    }

    /** How many parked events match now: what a job started now would cover. */
    int count(DeadLetterFilter filter) {
        return count(filter.parkedOnly(), ParkedEvents.idsUpTo(clock.instant()));
    }

    /** Counts the filter's events, records a running job (audited) and starts it in the background. */
    ReplayJob start(DeadLetterFilter filter, String user) {
        if (stopping || !permits.tryAcquire()) {
            throw new ReplayJobsBusyException(maxJobs);
        }
        try {
            DeadLetterFilter parkedOnly = filter.parkedOnly();
            Instant countedAt = clock.instant();
            String bound = ParkedEvents.idsUpTo(countedAt);
            int total = count(parkedOnly, bound);
            ReplayJob job = jobs.start(filter.shop(), parkedOnly.describe(), total, user);
            // Recorded before the job runs, so the trail reads started, then ended.
            audit.record(user, AuditAction.REPLAY_FILTER, job.shop(), target(job), total, "started", null);
            executor.execute(() -> {
                try {
                    run(job, parkedOnly, bound, countedAt);
                } finally {
                    permits.release();
                }
            });
            return job;
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private int count(DeadLetterFilter filter, String bound) {
        int count = 0;
        String after = null;
        do {
            ParkedEvents.Slice page = parked.page(filter.shop(), bound, after, pageSize);
            count += (int) page.events().stream().filter(filter::matches).count();
            after = page.lastId();
        } while (after != null);
        return count;
    }

    private void run(ReplayJob job, DeadLetterFilter filter, String bound, Instant countedAt) {
        Progress progress = new Progress();
        long reportedAt = clock.millis();
        String after = null;
        try {
            do {
                ParkedEvents.Slice page = parked.page(filter.shop(), bound, after, pageSize);
                for (ParkedEvent event : page.events()) {
                    if (stopping) {
                        finish(
                                job,
                                ReplayJobState.FAILED,
                                progress,
                                "the console stopped before the job ended;"
                                        + " replay the same filter again for the rest");
                        return;
                    }
                    replayOne(job, filter, event, countedAt, progress);
                    if (clock.millis() - reportedAt >= REPORT_EVERY.toMillis()) {
                        jobs.progress(job.id(), progress.counts());
                        reportedAt = clock.millis();
                    }
                }
                jobs.progress(job.id(), progress.counts());
                after = page.lastId();
            } while (after != null);
            finish(job, ReplayJobState.DONE, progress, null);
        } catch (QueueUnavailableException e) {
            finish(
                    job,
                    ReplayJobState.FAILED,
                    progress,
                    "a queue did not accept a replayed message; the rest is"
                            + " still parked: replay the same filter again once SQS is back");
        } catch (RuntimeException e) {
            log.error("replay job failed shop={} job={}", job.shop(), job.id(), e);
            finish(
                    job,
                    ReplayJobState.FAILED,
                    progress,
                    "the job failed (" + e.getClass().getSimpleName()
                            + "); the rest is still parked: replay the same filter again");
        }
    }

    private void replayOne(
            ReplayJob job, DeadLetterFilter filter, ParkedEvent event, Instant countedAt, Progress progress) {
        if (!filter.matchesIgnoringStatus(event)) {
            return;
        }
        if (event.status() != ParkedStatus.PARKED) {
            // Counted in the total only if it was still parked when the job counted.
            if (event.resolvedAt() != null && !event.resolvedAt().isBefore(countedAt)) {
                progress.skipped++;
            }
            return;
        }
        try {
            ReplayOutcome outcome = replayer.replay(event, job.startedBy(), "replayed by job " + job.id());
            if (outcome == ReplayOutcome.REPLAYED) {
                progress.replayed++;
            } else {
                progress.skipped++;
            }
        } catch (NotParkedException e) {
            progress.skipped++;
        } catch (NotReplayableException e) {
            progress.failed++;
        }
    }

    private void finish(ReplayJob job, ReplayJobState state, Progress progress, String error) {
        ReplayJob.Counts counts = progress.counts();
        try {
            jobs.finish(job.id(), state, counts, error);
        } catch (RuntimeException e) {
            log.error("replay job could not record its end shop={} job={} state={}", job.shop(), job.id(), state, e);
        }
        String outcome = (state == ReplayJobState.DONE ? "done" : "failed") + ": replayed " + counts.replayed()
                + ", skipped " + counts.skipped() + ", failed " + counts.failed() + " of " + job.total();
        audit.record(
                job.startedBy(), AuditAction.REPLAY_FILTER, job.shop(), target(job), counts.replayed(), outcome, null);
        log.info("replay job ended shop={} job={} {}", job.shop(), job.id(), outcome);
    }

    private static String target(ReplayJob job) {
        return job.filter() + " (job " + job.id() + ")";
    }

    /** Stops running jobs between two events (they end FAILED, the rest still parked) and waits a little. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("replay jobs still running after {}; they stay RUNNING until shown as stalled", DRAIN);
        }
    }

    /** One job's counts; only its own thread touches them. */
    private static final class Progress {
        int replayed;
        int skipped;
        int failed;

        ReplayJob.Counts counts() {
            return new ReplayJob.Counts(replayed, skipped, failed);
        }
    }
}
