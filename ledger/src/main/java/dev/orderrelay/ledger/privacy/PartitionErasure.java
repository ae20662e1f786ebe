package dev.orderrelay.ledger.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Erases every item of one partition: of the table itself (e.g. the parked table's {@code shop}) or of one of its
 * indexes (e.g. the replay jobs' {@code by-shop}). One {@code Query} page at a time, reading only the table's key
 * attributes, then one batch of deletes per page: never a scan.
 */
public final class PartitionErasure implements ErasureStep {

    private final String name;
    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String index;
    private final String partitionAttribute;
    private final List<String> keyAttributes;

    private PartitionErasure(
            String name,
            DynamoDbClient dynamoDb,
            String table,
            String index,
            String partitionAttribute,
            List<String> keyAttributes) {
        this.name = name;
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.index = index;
        this.partitionAttribute = partitionAttribute;
        this.keyAttributes = List.copyOf(keyAttributes);
    }

    /**
     * The items of a table's partition.
     *
     * @param keyAttributes the table's key: partition first, then the sort key where it has one
     */
    public static PartitionErasure ofTable(
            String name, DynamoDbClient dynamoDb, String table, String... keyAttributes) {
        return new PartitionErasure(name, dynamoDb, table, null, keyAttributes[0], List.of(keyAttributes));
    }

    /**
     * The items of one partition of a table's index.
     *
     * @param indexPartition the index's partition attribute
     * @param keyAttributes the table's own key attributes, which every index projects
     */
    public static PartitionErasure ofIndex(
            String name,
            DynamoDbClient dynamoDb,
            String table,
            String index,
            String indexPartition,
            String... keyAttributes) {
        return new PartitionErasure(name, dynamoDb, table, index, indexPartition, List.of(keyAttributes));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int erase(String shop) {
        return erasePartition(shop);
    }

    /** Erases the partition whose key is {@code value}, e.g. {@code shop|orderId} of an order's deliveries. */
    public int erasePartition(String value) {
        BatchDeletes deletes = new BatchDeletes(dynamoDb, table);
        Map<String, String> names = new HashMap<>();
        names.put("#p", partitionAttribute);
        List<String> projected = new ArrayList<>();
        for (int i = 0; i < keyAttributes.size(); i++) {
            names.put("#k" + i, keyAttributes.get(i));
            projected.add("#k" + i);
        }
        int removed = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("#p = :v")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value)))
                    .projectionExpression(String.join(", ", projected));
            if (index != null) {
                query.indexName(index);
            }
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse page = dynamoDb.query(query.build());
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (Map<String, AttributeValue> item : page.items()) {
                Map<String, AttributeValue> key = new HashMap<>();
                keyAttributes.forEach(attribute -> key.put(attribute, item.get(attribute)));
                keys.add(key);
            }
            removed += deletes.delete(keys);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return removed;
    }
}
