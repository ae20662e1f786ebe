package dev.orderrelay.ledger.privacy;

import dev.orderrelay.ledger.parked.ParkedEvents;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Erases a shop's parked events. Unlike the other tables' steps it deletes one event at a time through
 * {@link ParkedEvents#erase}, so an open event's dead-letter count goes down in the same transaction and the
 * overview's counts stay exact. A shop rarely has many parked events; a batch delete would leave its counts behind.
 */
final class ParkedErasure implements ErasureStep {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final ParkedEvents parked;

    ParkedErasure(DynamoDbClient dynamoDb, String table, ParkedEvents parked) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.parked = parked;
    }

    @Override
    public String name() {
        return "parked events";
    }

    @Override
    public int erase(String shop) {
        int removed = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamoDb.query(b -> {
                b.tableName(table)
                        .keyConditionExpression("shop = :shop")
                        .expressionAttributeValues(Map.of(":shop", AttributeValue.fromS(shop)))
                        .projectionExpression("parkedId");
                if (from != null) {
                    b.exclusiveStartKey(from);
                }
            });
            for (Map<String, AttributeValue> item : page.items()) {
                if (parked.erase(shop, item.get("parkedId").s())) {
                    removed++;
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return removed;
    }
}
