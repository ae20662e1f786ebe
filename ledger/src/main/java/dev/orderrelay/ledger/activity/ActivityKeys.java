package dev.orderrelay.ledger.activity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How activity items are keyed. Partition {@code bucket} = {@code <UTC hour>|<shard>}, sort {@code entry} =
 * {@code <minute of hour, 2 digits>|<metric>|<subject>}: a series always lands in the same shard (by a hash that is
 * the same in every JVM), so one series' minute is one item, while the writes of many series spread over
 * {@link #SHARDS} partitions instead of one hot one. The last hour is two hours times {@link #SHARDS} Queries, each
 * a key range starting at a minute: never a scan.
 */
final class ActivityKeys {

    /** Partitions per hour. Readers query every one, so changing it needs readers and writers to agree. */
    static final int SHARDS = 4;

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private ActivityKeys() {}

    static String bucket(Instant minute, int shard) {
        return HOUR.format(minute) + "|" + shard;
    }

    static int shard(ActivityMetric metric, String subject) {
        return Math.floorMod((metric.name() + "|" + subject).hashCode(), SHARDS);
    }

    static String entry(Instant minute, ActivityMetric metric, String subject) {
        return minuteOfHour(minute) + "|" + metric.name() + "|" + subject;
    }

    /** The two-digit minute, the sort key's prefix that a Query's range starts at. */
    static String minuteOfHour(Instant minute) {
        return String.format("%02d", minute.atOffset(ZoneOffset.UTC).getMinute());
    }

    static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }
}
