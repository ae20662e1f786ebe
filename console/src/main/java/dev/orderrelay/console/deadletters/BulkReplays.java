package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.ledger.parked.ReplayJob;
import dev.orderrelay.ledger.parked.ReplayJobs;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Replays of a filter's worth of one shop's dead letters, for the API and the pages alike: a dry run counts (and is
 * audited, so the trail shows what support looked at before replaying), a start hands the filter to the background
 * {@link ReplayJobRunner} (which audits the job's start and end), and a job's progress is read from the ledger, so
 * any console pod can report a job another runs.
 */
@Component
class BulkReplays {

    private final ReplayJobRunner runner;
    private final ReplayJobs jobs;
    private final AuditTrail audit;
    private final Clock clock;

    BulkReplays(ReplayJobRunner runner, ReplayJobs jobs, AuditTrail audit, Clock clock) {
        this.runner = runner;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many parked events a replay of {@code filter} started now would cover; nothing changes. */
    int dryRun(DeadLetterFilter filter, String user) {
        int count = runner.count(filter);
        audit.record(user, AuditAction.REPLAY_DRY_RUN, filter.shop(), filter.describe(), count, "counted", null);
        return count;
    }

    /** Starts a job replaying every parked match; 429 {@code replay-jobs-busy} when this pod runs enough already. */
    ReplayJob start(DeadLetterFilter filter, String user) {
        return runner.start(filter, user);
    }

    /** A job's progress; 404 {@code replay-job-not-found} when no job has the id (or it expired). */
    ReplayJobView job(String jobId) {
        return jobs.find(jobId)
                .map(job -> ReplayJobView.of(job, clock.instant()))
                .orElseThrow(ReplayJobNotFoundException::new);
    }
}
