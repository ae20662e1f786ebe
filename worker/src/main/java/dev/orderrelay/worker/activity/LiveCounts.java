package dev.orderrelay.worker.activity;

import dev.orderrelay.ledger.activity.ActivityMetric;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * This worker's counts since its last flush, in memory: a {@link LongAdder} per series, so counting is a few
 * nanoseconds on any listener thread. A flush takes what each series gained since the flush before (its total only
 * grows, so nothing counted during a flush is lost) and confirms it once the ledger has it; an unconfirmed flush is
 * simply taken again next time. Queue ages keep the largest seen since the last flush.
 */
public final class LiveCounts implements ActivityTally {

    /** What one flush writes: counts gained per series, and the largest message age per queue. */
    public record Pending(List<Gain> gains, Map<String, Long> queueAges) {}

    /** A series' gain since the last confirmed flush. */
    public record Gain(ActivityMetric metric, String subject, long count, long total) {}

    private record Series(ActivityMetric metric, String subject) {}

    private static final class Counter {
        final LongAdder total = new LongAdder();
        volatile long flushed;
    }

    private final Map<Series, Counter> series = new ConcurrentHashMap<>();
    private final Map<String, LongAccumulator> ages = new ConcurrentHashMap<>();
    private final Clock clock;

    public LiveCounts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void received(String shop) {
        count(ActivityMetric.RECEIVED, shop);
    }

    @Override
    public void processed(String shop) {
        count(ActivityMetric.PROCESSED, shop);
    }

    @Override
    public void delivered(String kind) {
        count(ActivityMetric.DELIVERED, kind);
    }

    /**
     * A message received from {@code queue}, sent at {@code sentTimestamp} (SQS's {@code SentTimestamp}, epoch
     * millis as text); ignored when either is missing.
     */
    public void received(String queue, Object sentTimestamp) {
        if (queue == null || sentTimestamp == null) {
            return;
        }
        try {
            long age = clock.millis() - Long.parseLong(sentTimestamp.toString());
            ages.computeIfAbsent(queue, q -> new LongAccumulator(Math::max, 0)).accumulate(Math.max(0, age));
        } catch (NumberFormatException unreadable) {
            // Not SQS's attribute: no age to learn from this message.
        }
    }

    /** What the next flush should write; queue ages are taken (reset), counts only once {@link #confirm}ed. */
    public Pending pending() {
        List<Gain> gains = new ArrayList<>();
        series.forEach((key, counter) -> {
            long total = counter.total.sum();
            if (total > counter.flushed) {
                gains.add(new Gain(key.metric(), key.subject(), total - counter.flushed, total));
            }
        });
        Map<String, Long> taken = new ConcurrentHashMap<>();
        ages.forEach((queue, age) -> {
            long largest = age.getThenReset();
            if (largest > 0) {
                taken.put(queue, largest);
            }
        });
        return new Pending(gains, taken);
    }

    /** The ledger has a gain: the next flush starts after it. */
    public void confirm(Gain gain) {
        series.get(new Series(gain.metric(), gain.subject())).flushed = gain.total();
    }

    private void count(ActivityMetric metric, String subject) {
        if (subject != null) {
            series.computeIfAbsent(new Series(metric, subject), key -> new Counter())
                    .total
                    .increment();
        }
    }
}
