package dev.orderrelay.ledger.privacy;

import dev.orderrelay.ledger.LedgerTables;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The two writes {@code customers/redact} makes in place, each on one item by its key: a parked event's message and
 * reason, and a delivery's last error. The rest of the item (status, attempts, claim) is left as it is.
 */
public final class LedgerRedactions {

    private final DynamoDbClient dynamoDb;
    private final LedgerTables tables;

    public LedgerRedactions(DynamoDbClient dynamoDb, LedgerTables tables) {
        this.dynamoDb = dynamoDb;
        this.tables = tables;
    }

    /**
     * Replaces a parked event's message and reason. Nothing else writes a parked message after it was parked, so the
     * only condition is that the event still exists; returns false when it is gone.
     */
    public boolean rewriteParked(String shop, String parkedId, String message, String reason) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":message", AttributeValue.fromS(message));
        values.put(":reason", AttributeValue.fromS(reason));
        try {
            dynamoDb.updateItem(b -> b.tableName(tables.parked())
                    .key(Map.of("shop", AttributeValue.fromS(shop), "parkedId", AttributeValue.fromS(parkedId)))
                    .updateExpression("SET #message = :message, #reason = :reason")
                    .conditionExpression("attribute_exists(parkedId)")
                    .expressionAttributeNames(Map.of("#message", "message", "#reason", "reason"))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    /**
     * Replaces a delivery's last error, if it is still {@code was}: a sender writing a newer error meanwhile wins, and
     * the caller reads and redacts again. Returns whether it replaced it.
     */
    public boolean rewriteDeliveryError(
            String shop, String orderId, String destination, String event, String was, String now) {
        try {
            dynamoDb.updateItem(b -> b.tableName(tables.deliveries())
                    .key(Map.of(
                            "shopOrder", AttributeValue.fromS(shop + "|" + orderId),
                            "delivery", AttributeValue.fromS(destination + "|" + event)))
                    .updateExpression("SET lastError = :now")
                    .conditionExpression("lastError = :was")
                    .expressionAttributeValues(
                            Map.of(":now", AttributeValue.fromS(now), ":was", AttributeValue.fromS(was))));
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false;
        }
    }
}
