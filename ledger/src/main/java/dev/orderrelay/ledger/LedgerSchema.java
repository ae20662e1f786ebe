package dev.orderrelay.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the ledger's tables where they are missing: on-demand billing, string keys, TTL on seen deliveries,
 * replay jobs, reconciliations, data-request exports, activity and breaker states, the indexes by shop that the
 * audit and the erasure of a shop ({@code shop/redact}) query. On AWS the infrastructure owns the tables; this is for local mode
 * and tests, and documents the schema in code (see docs/ledger.md).
 */
public final class LedgerSchema {

    /** The attribute that holds an item's expiry, in epoch seconds, where a table has a TTL. */
    public static final String TTL_ATTRIBUTE = "expiresAt";

    /** The audit table's index by shop: partition {@code shop}, sort {@code entryId}. */
    public static final String AUDIT_BY_SHOP_INDEX = "by-shop";

    /** The orders table's index by shop and UTC hour: partition {@code shopHour}, sort {@code orderId}. */
    public static final String ORDERS_BY_HOUR_INDEX = "by-hour";

    /** The reconciliations table's sparse index of queued runs: partition {@code queue}, sort {@code runId}. */
    public static final String RECONCILIATIONS_QUEUED_INDEX = "queued";

    /**
     * The seen-deliveries table's index by shop: partition {@code shop}, sort {@code id}; what {@code shop/redact}
     * erases through.
     */
    public static final String SEEN_DELIVERIES_BY_SHOP_INDEX = "by-shop";

    /** The replay-jobs table's index by shop: partition {@code shop}, sort {@code jobId}. */
    public static final String REPLAY_JOBS_BY_SHOP_INDEX = "by-shop";

    /** The reconciliations table's index by shop: partition {@code shop}, sort {@code runId} (runs and cursor). */
    public static final String RECONCILIATIONS_BY_SHOP_INDEX = "by-shop";

    /**
     * The shops table's sparse directory index: partition {@code directory} (always {@value #SHOPS_DIRECTORY}), sort
     * {@code shop}; the console lists shops page by page through it instead of scanning.
     */
    public static final String SHOPS_DIRECTORY_INDEX = "directory";

    /** The one value of the shops' {@code directory} attribute: every shop is in one index partition, by domain. */
    public static final String SHOPS_DIRECTORY = "shops";

    /** The orders table's index by display name: partition {@code shop}, sort {@code name} (e.g. {@code #1001}). */
    public static final String ORDERS_BY_NAME_INDEX = "by-name";

    /** The parked table's index by order: partition {@code shopOrder} ({@code shop|orderId}), sort {@code parkedId}. */
    public static final String PARKED_BY_ORDER_INDEX = "by-order";

    /**
     * The reconciliations table's index by UTC day: partition {@code runDay} ({@code yyyy-MM-dd} of the request), sort
     * {@code runId}; runs only (cursor items have no {@code runDay}), for the console's list of recent runs.
     */
    public static final String RECONCILIATIONS_BY_DAY_INDEX = "by-day";

    /** ShedLock's key attribute in the locks table. */
    public static final String LOCK_KEY = "_id";

    private final DynamoDbClient dynamoDb;

    public LedgerSchema(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Creates whichever of the tables do not exist yet; returns the ones it created. */
    public List<String> createMissing(LedgerTables tables) {
        List<String> created = new ArrayList<>();
        if (create(new Table(tables.shops(), "shop", null)
                .withIndex(new Index(SHOPS_DIRECTORY_INDEX, "directory", "shop")))) {
            created.add(tables.shops());
        }
        if (create(new Table(tables.seenDeliveries(), "id", null)
                .withIndex(new Index(SEEN_DELIVERIES_BY_SHOP_INDEX, "shop", "id")))) {
            enableTtl(tables.seenDeliveries());
            created.add(tables.seenDeliveries());
        }
        if (create(new Table(tables.orders(), "shop", "orderId")
                .withIndex(new Index(ORDERS_BY_HOUR_INDEX, "shopHour", "orderId"))
                .withIndex(new Index(ORDERS_BY_NAME_INDEX, "shop", "name")))) {
            created.add(tables.orders());
        }
        if (create(new Table(tables.deliveries(), "shopOrder", "delivery"))) {
            created.add(tables.deliveries());
        }
        if (create(new Table(tables.parked(), "shop", "parkedId")
                .withIndex(new Index(PARKED_BY_ORDER_INDEX, "shopOrder", "parkedId")))) {
            created.add(tables.parked());
        }
        if (create(new Table(tables.replayJobs(), "jobId", null)
                .withIndex(new Index(REPLAY_JOBS_BY_SHOP_INDEX, "shop", "jobId")))) {
            enableTtl(tables.replayJobs());
            created.add(tables.replayJobs());
        }
        if (create(new Table(tables.audit(), "day", "entryId")
                .withIndex(new Index(AUDIT_BY_SHOP_INDEX, "shop", "entryId")))) {
            created.add(tables.audit());
        }
        if (create(new Table(tables.throughput(), "shop", "hour"))) {
            created.add(tables.throughput());
        }
        if (create(new Table(tables.reconciliations(), "runId", null)
                .withIndex(new Index(RECONCILIATIONS_QUEUED_INDEX, "queue", "runId"))
                .withIndex(new Index(RECONCILIATIONS_BY_SHOP_INDEX, "shop", "runId"))
                .withIndex(new Index(RECONCILIATIONS_BY_DAY_INDEX, "runDay", "runId")))) {
            enableTtl(tables.reconciliations());
            created.add(tables.reconciliations());
        }
        if (create(new Table(tables.locks(), LOCK_KEY, null))) {
            created.add(tables.locks());
        }
        if (create(new Table(tables.storedBodies(), "shop", "entry"))) {
            created.add(tables.storedBodies());
        }
        if (create(new Table(tables.dataRequests(), "shop", "item"))) {
            enableTtl(tables.dataRequests());
            created.add(tables.dataRequests());
        }
        if (create(new Table(tables.heldEvents(), "shop", "heldKey"))) {
            created.add(tables.heldEvents());
        }
        createLiveTables(tables, created);
        return created;
    }

    /** The overview's tables: per-minute activity and breaker states expire, dead-letter counts do not. */
    private void createLiveTables(LedgerTables tables, List<String> created) {
        if (create(new Table(tables.activity(), "bucket", "entry"))) {
            enableTtl(tables.activity());
            created.add(tables.activity());
        }
        if (create(new Table(tables.breakers(), "fleet", "entry"))) {
            enableTtl(tables.breakers());
            created.add(tables.breakers());
        }
        if (create(new Table(tables.deadLetterCounts(), "scope", "counter"))) {
            created.add(tables.deadLetterCounts());
        }
    }

    private record Index(String name, String partitionKey, String sortKey) {}

    private record Table(String name, String partitionKey, String sortKey, List<Index> indexes) {

        Table(String name, String partitionKey, String sortKey) {
            this(name, partitionKey, sortKey, List.of());
        }

        Table withIndex(Index index) {
            List<Index> more = new ArrayList<>(indexes);
            more.add(index);
            return new Table(name, partitionKey, sortKey, more);
        }
    }

    private boolean create(Table table) {
        Set<String> keyAttributes = new LinkedHashSet<>();
        keyAttributes.add(table.partitionKey());
        if (table.sortKey() != null) {
            keyAttributes.add(table.sortKey());
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            keyAttributes.add(index.partitionKey());
            keyAttributes.add(index.sortKey());
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(keys(index.partitionKey(), index.sortKey()))
                    .projection(p -> p.projectionType(ProjectionType.ALL))
                    .build());
        }
        try {
            dynamoDb.createTable(b -> {
                b.tableName(table.name())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(keyAttributes.stream()
                                .map(LedgerSchema::stringAttribute)
                                .toList())
                        .keySchema(keys(table.partitionKey(), table.sortKey()));
                if (!indexes.isEmpty()) {
                    b.globalSecondaryIndexes(indexes);
                }
            });
            dynamoDb.waiter().waitUntilTableExists(b -> b.tableName(table.name()));
            return true;
        } catch (ResourceInUseException exists) {
            return false;
        }
    }

    private void enableTtl(String table) {
        dynamoDb.updateTimeToLive(b -> b.tableName(table)
                .timeToLiveSpecification(t -> t.attributeName(TTL_ATTRIBUTE).enabled(true)));
    }

    private static List<KeySchemaElement> keys(String partitionKey, String sortKey) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(KeySchemaElement.builder()
                .attributeName(partitionKey)
                .keyType(KeyType.HASH)
                .build());
        if (sortKey != null) {
            keys.add(KeySchemaElement.builder()
                    .attributeName(sortKey)
                    .keyType(KeyType.RANGE)
                    .build());
        }
        return keys;
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }
}
