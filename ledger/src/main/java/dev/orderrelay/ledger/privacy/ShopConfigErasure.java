package dev.orderrelay.ledger.privacy;

import dev.orderrelay.ledger.LedgerTables;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Removes a shop's configuration, on condition that the shop is still uninstalled: a shop that installed the app
 * again (status {@code ACTIVE}) keeps the configuration its merchant set up. One conditional delete, so a
 * re-install racing the erasure either wins or loses whole.
 */
final class ShopConfigErasure implements ErasureStep {

    private final DynamoDbClient dynamoDb;
    private final String shops;

    ShopConfigErasure(DynamoDbClient dynamoDb, LedgerTables tables) {
        this.dynamoDb = dynamoDb;
        this.shops = tables.shops();
    }

    @Override
    public String name() {
        return "shop configuration";
    }

    @Override
    public int erase(String shop) {
        try {
            DeleteItemResponse deleted = dynamoDb.deleteItem(b -> b.tableName(shops)
                    .key(Map.of("shop", AttributeValue.fromS(shop)))
                    .conditionExpression("attribute_not_exists(shop) OR #status = :uninstalled")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(
                            Map.of(":uninstalled", AttributeValue.fromS(ShopStatus.UNINSTALLED.name())))
                    .returnValues(ReturnValue.ALL_OLD));
            return deleted.hasAttributes() && !deleted.attributes().isEmpty() ? 1 : 0;
        } catch (ConditionalCheckFailedException installedAgain) {
            return 0;
        }
    }
}
