package dev.orderrelay.ledger.parked;

import dev.orderrelay.ledger.LedgerTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Open parked events counted by stage, destination and reason category, across all shops, so the overview needs
 * no scan of the parked table. Every change of a parked event's status writes its counter in the same transaction
 * (see {@link CountedWrites}), so counts cannot drift from the events. A count is split over {@link #SHARDS} items,
 * each change going to one at random: a destination outage parks many events of one category at once, and
 * transactions on one item would conflict. The reader sums the shards.
 *
 * <p>Table {@code dead-letter-counts}: partition {@code scope} ({@value #SCOPE}), sort {@code counter} =
 * {@code <count key>|<shard>}, attributes {@code countKey} and {@code open}.
 */
public final class OpenCounts {

    static final String SCOPE = "open";
    static final int SHARDS = 8;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public OpenCounts(DynamoDbClient dynamoDb, LedgerTables tables) {
        this.dynamoDb = dynamoDb;
        this.table = tables.deadLetterCounts();
    }

    /** The key a parked event is counted under; stored on the event, so its later changes count the same key. */
    public static String countKey(ParkedStage stage, String destination, String reason) {
        return stage.name() + "|" + (destination == null ? "" : destination) + "|" + ReasonCategory.of(reason);
    }

    /** The write that adds {@code delta} to {@code countKey}'s count, for a transaction. */
    TransactWriteItem change(String countKey, long delta) {
        int shard = ThreadLocalRandom.current().nextInt(SHARDS);
        return TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(Map.of(
                                "scope", AttributeValue.fromS(SCOPE),
                                "counter", AttributeValue.fromS(countKey + "|" + shard)))
                        .updateExpression("ADD #open :delta SET countKey = :key")
                        .expressionAttributeNames(Map.of("#open", "open"))
                        .expressionAttributeValues(Map.of(
                                ":delta", AttributeValue.fromN(Long.toString(delta)),
                                ":key", AttributeValue.fromS(countKey))))
                .build();
    }

    /** Every non-zero count, largest first: one Query of the counters' partition, every page. */
    public List<OpenCount> open() {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("#scope = :scope")
                    .expressionAttributeNames(Map.of("#scope", "scope"))
                    .expressionAttributeValues(Map.of(":scope", AttributeValue.fromS(SCOPE)))
                    .consistentRead(true);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse page = dynamoDb.query(request.build());
            for (Map<String, AttributeValue> item : page.items()) {
                totals.merge(
                        item.get("countKey").s(),
                        Long.parseLong(item.get("open").n()),
                        Long::sum);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        List<OpenCount> counts = new ArrayList<>();
        totals.forEach((key, open) -> {
            if (open != 0) {
                counts.add(count(key, open));
            }
        });
        counts.sort(Comparator.comparingLong(OpenCount::open).reversed().thenComparing(OpenCount::category));
        return counts;
    }

    private static OpenCount count(String key, long open) {
        String[] parts = key.split("\\|", 3);
        return new OpenCount(ParkedStage.valueOf(parts[0]), parts[1].isEmpty() ? null : parts[1], parts[2], open);
    }
}
