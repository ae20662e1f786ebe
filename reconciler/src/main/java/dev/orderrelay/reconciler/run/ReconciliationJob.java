package dev.orderrelay.reconciler.run;

import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.reconciler.ReconcilerProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reconciler's two entry points, both under one lock ({@value #LOCK}) held in DynamoDB, so across every pod at
 * most one run executes at a time: the schedule (every shop, the look-back window up to now) and requested runs
 * (claimed from the ledger's queue, so each runs once). A pod that finds the lock taken does nothing; a requested
 * run then waits for the next poll.
 */
@Component
public class ReconciliationJob {

    public static final String LOCK = "order-relay-reconciler";
    private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);
    private static final int REQUESTS_PER_POLL = 5;

    private final LockingTaskExecutor locks;
    private final Reconciliations runs;
    private final RunExecutor executor;
    private final ReconcilerProperties properties;
    private final Clock clock;

    ReconciliationJob(
            LockingTaskExecutor locks,
            Reconciliations runs,
            RunExecutor executor,
            ReconcilerProperties properties,
            Clock clock) {
        this.locks = locks;
        this.runs = runs;
        this.executor = executor;
        this.properties = properties;
        this.clock = clock;
    }

    /** A scheduled run of every active shop over the look-back window; false if another pod holds the lock. */
    public boolean runScheduled() {
        return locked(() -> {
            Instant now = clock.instant();
            Instant from = now.minus(properties.lookBack()).truncatedTo(ChronoUnit.HOURS);
            executeQuietly(runs.startScheduled(from, now));
        });
    }

    /** Runs the requested runs waiting in the queue; false if another pod holds the lock. */
    public boolean runRequested() {
        if (runs.queued(1).isEmpty()) {
            return true;
        }
        return locked(() -> {
            for (ReconciliationRun run : runs.queued(REQUESTS_PER_POLL)) {
                if (runs.claim(run.runId())) {
                    executeQuietly(run);
                }
            }
        });
    }

    private boolean locked(Runnable task) {
        Instant now = clock.instant();
        LockConfiguration lock = new LockConfiguration(now, LOCK, properties.lockAtMostFor(), Duration.ZERO);
        LockingTaskExecutor.TaskResult<Boolean> result = runUnchecked(lock, task);
        if (!result.wasExecuted()) {
            log.debug("reconciliation skipped: another reconciler holds the lock {}", LOCK);
        }
        return result.wasExecuted();
    }

    private LockingTaskExecutor.TaskResult<Boolean> runUnchecked(LockConfiguration lock, Runnable task) {
        try {
            return locks.executeWithLock(
                    () -> {
                        task.run();
                        return Boolean.TRUE;
                    },
                    lock);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reconciliation task failed", e);
        }
    }

    private void executeQuietly(ReconciliationRun run) {
        try {
            executor.execute(run);
        } catch (RuntimeException e) {
            // Recorded on the run and logged by the executor; the schedule goes on.
        }
    }
}
