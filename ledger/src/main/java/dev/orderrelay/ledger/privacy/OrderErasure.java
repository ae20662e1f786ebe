package dev.orderrelay.ledger.privacy;

import dev.orderrelay.ledger.LedgerTables;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Erases a shop's orders and, first, each order's deliveries (partition {@code shop|orderId} of the deliveries
 * table): the orders are how the deliveries are found, so an order goes only after its deliveries did, and a run cut
 * short finds the rest again.
 */
final class OrderErasure implements ErasureStep {

    private final DynamoDbClient dynamoDb;
    private final String orders;
    private final PartitionErasure deliveries;

    OrderErasure(DynamoDbClient dynamoDb, LedgerTables tables) {
        this.dynamoDb = dynamoDb;
        this.orders = tables.orders();
        this.deliveries =
                PartitionErasure.ofTable("deliveries", dynamoDb, tables.deliveries(), "shopOrder", "delivery");
    }

    @Override
    public String name() {
        return "orders and deliveries";
    }

    @Override
    public int erase(String shop) {
        BatchDeletes deletes = new BatchDeletes(dynamoDb, orders);
        int removed = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamoDb.query(b -> {
                b.tableName(orders)
                        .keyConditionExpression("#shop = :shop")
                        .expressionAttributeNames(Map.of("#shop", "shop", "#order", "orderId"))
                        .expressionAttributeValues(Map.of(":shop", AttributeValue.fromS(shop)))
                        .projectionExpression("#shop, #order");
                if (from != null) {
                    b.exclusiveStartKey(from);
                }
            });
            for (Map<String, AttributeValue> order : page.items()) {
                removed += deliveries.erasePartition(
                        shop + "|" + order.get("orderId").s());
            }
            List<Map<String, AttributeValue>> keys = page.items();
            removed += deletes.delete(keys);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return removed;
    }
}
