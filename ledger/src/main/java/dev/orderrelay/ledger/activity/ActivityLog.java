package dev.orderrelay.ledger.activity;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The live activity table (see the package comment and {@link ActivityKeys}): one {@code UpdateItem} per series and
 * flush on the write side, key-range Queries on the read side.
 */
public final class ActivityLog {

    /** How long a minute's items live: the overview reads one hour, two days leave room to look back at an incident. */
    public static final Duration RETENTION = Duration.ofDays(2);

    private static final String DESCRIBE =
            "#metric = :metric, #subject = :subject, #minute = :minute, #expires = :expires";

    private static final Map<String, String> NAMES = Map.of(
            "#count", "count",
            "#metric", "metric",
            "#subject", "subject",
            "#minute", "minute",
            "#expires", LedgerSchema.TTL_ATTRIBUTE);

    private final DynamoDbClient dynamoDb;
    private final String table;

    public ActivityLog(DynamoDbClient dynamoDb, LedgerTables tables) {
        this.dynamoDb = dynamoDb;
        this.table = tables.activity();
    }

    /**
     * Adds {@code count} to a series' minute (an atomic {@code ADD}, so workers flushing the same series at once
     * both count).
     */
    public void add(Instant at, ActivityMetric metric, String subject, long count) {
        if (metric == ActivityMetric.QUEUE_AGE) {
            throw new IllegalArgumentException("queue ages are maxima: use recordAge");
        }
        if (count <= 0) {
            return;
        }
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        Map<String, AttributeValue> values = attributes(minute, metric, subject);
        values.put(":n", AttributeValue.fromN(Long.toString(count)));
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(key(minute, metric, subject))
                .updateExpression("ADD #count :n SET " + DESCRIBE)
                .expressionAttributeNames(NAMES)
                .expressionAttributeValues(values));
    }

    /**
     * Raises a queue's oldest-message age for the minute to {@code ageMillis} unless a worker already recorded a larger
     * one: DynamoDB has no maximum update, so it is a write conditional on being larger, and losing is fine.
     */
    public void recordAge(Instant at, String queue, long ageMillis) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        Map<String, AttributeValue> values = attributes(minute, ActivityMetric.QUEUE_AGE, queue);
        values.put(":n", AttributeValue.fromN(Long.toString(Math.max(0, ageMillis))));
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(key(minute, ActivityMetric.QUEUE_AGE, queue))
                    .updateExpression("SET #count = :n, " + DESCRIBE)
                    .conditionExpression("attribute_not_exists(#count) OR #count < :n")
                    .expressionAttributeNames(NAMES)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException larger) {
            // Another worker saw an older message in this minute: its figure stands.
        }
    }

    /** Every series' figures for the minutes from {@code from} up to and including {@code to}'s minute. */
    public List<ActivityPoint> between(Instant from, Instant to) {
        Instant first = from.truncatedTo(ChronoUnit.MINUTES);
        Instant last = to.truncatedTo(ChronoUnit.MINUTES);
        List<ActivityPoint> points = new ArrayList<>();
        for (Instant hour = ActivityKeys.hourOf(first); !hour.isAfter(last); hour = hour.plus(Duration.ofHours(1))) {
            String low = hour.isBefore(first) ? ActivityKeys.minuteOfHour(first) : "00";
            // '|' sorts after every digit, so "<mm>|~" closes the range after the last minute's entries.
            String high = ActivityKeys.hourOf(last).equals(hour) ? ActivityKeys.minuteOfHour(last) + "|~" : "99";
            for (int shard = 0; shard < ActivityKeys.SHARDS; shard++) {
                query(ActivityKeys.bucket(hour, shard), low, high, points);
            }
        }
        return points;
    }

    private void query(String bucket, String low, String high, List<ActivityPoint> into) {
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("#bucket = :bucket AND #entry BETWEEN :low AND :high")
                    .expressionAttributeNames(Map.of("#bucket", "bucket", "#entry", "entry"))
                    .expressionAttributeValues(Map.of(
                            ":bucket", AttributeValue.fromS(bucket),
                            ":low", AttributeValue.fromS(low),
                            ":high", AttributeValue.fromS(high)));
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse page = dynamoDb.query(request.build());
            for (Map<String, AttributeValue> item : page.items()) {
                into.add(new ActivityPoint(
                        Instant.ofEpochMilli(Long.parseLong(item.get("minute").n())),
                        ActivityMetric.valueOf(item.get("metric").s()),
                        item.get("subject").s(),
                        Long.parseLong(item.get("count").n())));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    private static Map<String, AttributeValue> key(Instant minute, ActivityMetric metric, String subject) {
        return Map.of(
                "bucket", AttributeValue.fromS(ActivityKeys.bucket(minute, ActivityKeys.shard(metric, subject))),
                "entry", AttributeValue.fromS(ActivityKeys.entry(minute, metric, subject)));
    }

    private static Map<String, AttributeValue> attributes(Instant minute, ActivityMetric metric, String subject) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":metric", AttributeValue.fromS(metric.name()));
        values.put(":subject", AttributeValue.fromS(subject));
        values.put(":minute", AttributeValue.fromN(Long.toString(minute.toEpochMilli())));
        values.put(
                ":expires",
                AttributeValue.fromN(Long.toString(minute.plus(RETENTION).getEpochSecond())));
        return values;
    }
}
