package dev.orderrelay.ledger;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the ledger's tables where they are missing: on-demand billing, string keys, TTL on seen deliveries. On
 * AWS the infrastructure owns the tables; this is for local mode and tests, and documents the schema in code
 * (see docs/ledger.md).
 */
public final class LedgerSchema {

    /** The attribute that holds an item's expiry, in epoch seconds, where a table has a TTL. */
    public static final String TTL_ATTRIBUTE = "expiresAt";

    private final DynamoDbClient dynamoDb;

    public LedgerSchema(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Creates whichever of the tables do not exist yet; returns the ones it created. */
    public List<String> createMissing(LedgerTables tables) {
        List<String> created = new ArrayList<>();
        if (create(tables.shops(), "shop", null)) {
            created.add(tables.shops());
        }
        if (create(tables.seenDeliveries(), "id", null)) {
            dynamoDb.updateTimeToLive(b -> b.tableName(tables.seenDeliveries())
                    .timeToLiveSpecification(t -> t.attributeName(TTL_ATTRIBUTE).enabled(true)));
            created.add(tables.seenDeliveries());
        }
        if (create(tables.orders(), "shop", "orderId")) {
            created.add(tables.orders());
        }
        if (create(tables.deliveries(), "shopOrder", "delivery")) {
            created.add(tables.deliveries());
        }
        if (create(tables.parked(), "shop", "parkedId")) {
            created.add(tables.parked());
        }
        return created;
    }

    private boolean create(String table, String partitionKey, String sortKey) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        List<KeySchemaElement> keys = new ArrayList<>();
        attributes.add(stringAttribute(partitionKey));
        keys.add(KeySchemaElement.builder()
                .attributeName(partitionKey)
                .keyType(KeyType.HASH)
                .build());
        if (sortKey != null) {
            attributes.add(stringAttribute(sortKey));
            keys.add(KeySchemaElement.builder()
                    .attributeName(sortKey)
                    .keyType(KeyType.RANGE)
                    .build());
        }
        try {
            dynamoDb.createTable(b -> b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attributes)
                    .keySchema(keys));
            dynamoDb.waiter().waitUntilTableExists(b -> b.tableName(table));
            return true;
        } catch (ResourceInUseException exists) {
            return false;
        }
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }
}
