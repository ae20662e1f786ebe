package dev.orderrelay.console.overview;

import dev.orderrelay.ledger.activity.ActivityLog;
import dev.orderrelay.ledger.activity.ActivityMetric;
import dev.orderrelay.ledger.activity.ActivityPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the last hour of the ledger's activity table (a few key-range Queries, see {@link ActivityLog#between}) into
 * chart series, one value per minute with zeros where nothing was counted, and finds each queue's latest oldest-age
 * figure.
 */
@Component
class LiveActivity {

    static final String OTHER_STORES = "other stores";
    static final int MINUTES = 60;
    /** Lines a chart stays readable with; the rest of the stores are one line. */
    static final int MAX_STORE_LINES = 8;
    /** How far back a queue's oldest-age figure still counts as current. */
    static final Duration AGE_HORIZON = Duration.ofMinutes(5);

    /** The latest figure for a queue's oldest message. */
    record QueueAge(Instant minute, long millis) {}

    /** The hour's series and the latest queue ages. */
    record Hour(LiveView view, Map<String, QueueAge> queueAges) {}

    private final ActivityLog activity;

    LiveActivity(ActivityLog activity) {
        this.activity = activity;
    }

    Hour lastHour(Instant now) {
        Instant last = now.truncatedTo(ChronoUnit.MINUTES);
        Instant first = last.minus(Duration.ofMinutes(MINUTES - 1));
        List<ActivityPoint> points = activity.between(first, last);
        List<String> minutes = new ArrayList<>();
        for (int i = 0; i < MINUTES; i++) {
            minutes.add(first.plus(Duration.ofMinutes(i)).toString());
        }
        Map<String, long[]> processed = series(points, ActivityMetric.PROCESSED, first);
        Map<String, long[]> received = series(points, ActivityMetric.RECEIVED, first);
        List<LiveView.StoreTotals> stores = totals(processed, received);
        LiveView view = new LiveView(
                minutes, storeLines(processed, stores), lines(series(points, ActivityMetric.DELIVERED, first)), stores);
        return new Hour(view, queueAges(points, now));
    }

    private static Map<String, long[]> series(List<ActivityPoint> points, ActivityMetric metric, Instant first) {
        Map<String, long[]> series = new TreeMap<>();
        for (ActivityPoint point : points) {
            int index = (int) Duration.between(first, point.minute()).toMinutes();
            if (point.metric() == metric && index >= 0 && index < MINUTES) {
                series.computeIfAbsent(point.subject(), s -> new long[MINUTES])[index] += point.value();
            }
        }
        return series;
    }

    private static List<LiveView.StoreTotals> totals(Map<String, long[]> processed, Map<String, long[]> received) {
        Map<String, LiveView.StoreTotals> totals = new HashMap<>();
        for (String shop : union(processed, received)) {
            long[] done = processed.getOrDefault(shop, new long[MINUTES]);
            totals.put(shop, new LiveView.StoreTotals(shop, sum(received.get(shop)), sum(done), done[MINUTES - 2]));
        }
        return totals.values().stream()
                .sorted(Comparator.comparingLong(LiveView.StoreTotals::processed)
                        .thenComparingLong(LiveView.StoreTotals::received)
                        .reversed()
                        .thenComparing(LiveView.StoreTotals::shop))
                .toList();
    }

    private static List<LiveView.Series> storeLines(Map<String, long[]> processed, List<LiveView.StoreTotals> stores) {
        List<LiveView.Series> lines = new ArrayList<>();
        long[] others = new long[MINUTES];
        boolean anyOther = false;
        int shown = 0;
        for (LiveView.StoreTotals store : stores) {
            long[] values = processed.get(store.shop());
            if (values == null) {
                continue;
            }
            if (shown < MAX_STORE_LINES) {
                lines.add(line(store.shop(), values));
                shown++;
            } else {
                anyOther = true;
                for (int i = 0; i < MINUTES; i++) {
                    others[i] += values[i];
                }
            }
        }
        if (anyOther) {
            lines.add(line(OTHER_STORES, others));
        }
        return lines;
    }

    private static List<LiveView.Series> lines(Map<String, long[]> series) {
        return series.entrySet().stream()
                .map(entry -> line(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static Map<String, QueueAge> queueAges(List<ActivityPoint> points, Instant now) {
        Instant horizon = now.minus(AGE_HORIZON);
        return points.stream()
                .filter(p -> p.metric() == ActivityMetric.QUEUE_AGE
                        && !p.minute().isBefore(horizon.truncatedTo(ChronoUnit.MINUTES)))
                .collect(Collectors.toMap(
                        ActivityPoint::subject,
                        p -> new QueueAge(p.minute(), p.value()),
                        (a, b) -> a.minute().isAfter(b.minute()) ? a : b));
    }

    private static LiveView.Series line(String name, long[] values) {
        List<Long> boxed = new ArrayList<>(values.length);
        for (long value : values) {
            boxed.add(value);
        }
        return new LiveView.Series(name, boxed);
    }

    private static long sum(long[] values) {
        long sum = 0;
        if (values != null) {
            for (long value : values) {
                sum += value;
            }
        }
        return sum;
    }

    private static List<String> union(Map<String, long[]> a, Map<String, long[]> b) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return new ArrayList<>(all.keySet());
    }
}
