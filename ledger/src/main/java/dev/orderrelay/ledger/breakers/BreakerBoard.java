package dev.orderrelay.ledger.breakers;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The breakers table: partition {@code fleet} (one value, {@value #FLEET}), sort {@code entry} =
 * {@code <worker>|breaker|<name>} for a breaker that is not closed, {@code <worker>|closed} for a worker's count of
 * closed ones. Rows are rewritten by their worker and expire at {@code expiresAt}; reads ignore expired rows.
 */
public final class BreakerBoard {

    static final String FLEET = "workers";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;

    public BreakerBoard(DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = tables.breakers();
        this.clock = clock;
    }

    /** Writes a breaker that is not closed, to live for {@code ttl} unless written again. */
    public void report(BreakerState state, Duration ttl) {
        Instant now = clock.instant();
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "fleet",
                        AttributeValue.fromS(FLEET),
                        "entry",
                        AttributeValue.fromS(state.worker() + "|breaker|" + state.name()),
                        "worker",
                        AttributeValue.fromS(state.worker()),
                        "name",
                        AttributeValue.fromS(state.name()),
                        "state",
                        AttributeValue.fromS(state.state()),
                        "since",
                        millis(state.since()),
                        "reportedAt",
                        millis(now),
                        LedgerSchema.TTL_ATTRIBUTE,
                        seconds(now.plus(ttl)))));
    }

    /** Removes a breaker's row: it closed. */
    public void closed(String worker, String name) {
        dynamoDb.deleteItem(b -> b.tableName(table)
                .key(Map.of(
                        "fleet", AttributeValue.fromS(FLEET),
                        "entry", AttributeValue.fromS(worker + "|breaker|" + name))));
    }

    /** Writes how many of a worker's breakers are closed, to live for {@code ttl} unless written again. */
    public void reportClosed(String worker, long closed, Duration ttl) {
        Instant now = clock.instant();
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "fleet",
                        AttributeValue.fromS(FLEET),
                        "entry",
                        AttributeValue.fromS(worker + "|closed"),
                        "worker",
                        AttributeValue.fromS(worker),
                        "closed",
                        AttributeValue.fromN(Long.toString(closed)),
                        "reportedAt",
                        millis(now),
                        LedgerSchema.TTL_ATTRIBUTE,
                        seconds(now.plus(ttl)))));
    }

    /** What the live workers reported: one Query of the fleet's partition, every page, expired rows skipped. */
    public FleetBreakers fleet() {
        long now = clock.instant().getEpochSecond();
        List<BreakerState> notClosed = new ArrayList<>();
        Set<String> workers = new HashSet<>();
        long closed = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("fleet = :fleet")
                    .expressionAttributeValues(Map.of(":fleet", AttributeValue.fromS(FLEET)))
                    .consistentRead(true);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse page = dynamoDb.query(request.build());
            for (Map<String, AttributeValue> item : page.items()) {
                if (Long.parseLong(item.get(LedgerSchema.TTL_ATTRIBUTE).n()) <= now) {
                    continue;
                }
                workers.add(item.get("worker").s());
                if (item.containsKey("closed")) {
                    closed += Long.parseLong(item.get("closed").n());
                } else {
                    notClosed.add(state(item));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        notClosed.sort(Comparator.comparing(BreakerState::since).thenComparing(BreakerState::name));
        return new FleetBreakers(notClosed, closed, workers.size());
    }

    private static BreakerState state(Map<String, AttributeValue> item) {
        return new BreakerState(
                item.get("worker").s(),
                item.get("name").s(),
                item.get("state").s(),
                Instant.ofEpochMilli(Long.parseLong(item.get("since").n())),
                Instant.ofEpochMilli(Long.parseLong(item.get("reportedAt").n())));
    }

    /** DynamoDB's TTL reads epoch seconds. */
    private static AttributeValue seconds(Instant at) {
        return AttributeValue.fromN(Long.toString(at.getEpochSecond()));
    }

    private static AttributeValue millis(Instant at) {
        return AttributeValue.fromN(Long.toString(at.toEpochMilli()));
    }
}
