package dev.orderrelay.worker.activity;

import dev.orderrelay.ledger.activity.ActivityLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Flushes {@link LiveCounts} to the ledger every interval, on one daemon thread, and once more on shutdown. It stops
 * late (a low lifecycle phase), after the listener containers drained, so the last messages' counts are flushed too.
 * A failed flush is logged and its counts carried to the next one: the overview lags, the pipeline never waits.
 */
public final class ActivityFlusher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ActivityFlusher.class);

    private final LiveCounts counts;
    private final ActivityLog activity;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public ActivityFlusher(LiveCounts counts, ActivityLog activity, Duration interval, Clock clock) {
        this.counts = counts;
        this.activity = activity;
        this.interval = interval;
        this.clock = clock;
    }

    /** Writes what was counted since the last flush; returns how many series and queues it wrote. */
    public synchronized int flush() {
        Instant now = clock.instant();
        LiveCounts.Pending pending = counts.pending();
        int written = 0;
        try {
            for (LiveCounts.Gain gain : pending.gains()) {
                activity.add(now, gain.metric(), gain.subject(), gain.count());
                counts.confirm(gain);
                written++;
            }
            for (Map.Entry<String, Long> age : pending.queueAges().entrySet()) {
                activity.recordAge(now, age.getKey(), age.getValue());
                written++;
            }
        } catch (RuntimeException e) {
            log.warn("live activity not flushed, kept for the next flush: {}", e.toString());
        }
        return written;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "activity-flush");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = timer;
            timer = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            flush();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Stops after the listener containers (which stop in the default, highest phase). */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }
}
