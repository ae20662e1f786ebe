package dev.orderrelay.ledger.privacy;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * Which stored bodies (the claim check's S3 objects) hold which of a shop's orders. The receiver stores a body by
 * its content, without knowing the order; the worker records the order here when it reads such a body, so that a
 * privacy request finds an order's bodies by key. Recording the same body again writes the same item.
 */
public final class StoredBodies {

    private final DynamoDbTable<StoredBodyItem> table;
    private final Clock clock;

    public StoredBodies(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.storedBodies(), TableSchema.fromBean(StoredBodyItem.class));
        this.clock = clock;
    }

    /** Records that the object {@code bucket}/{@code key}, whose SHA-256 is {@code sha256}, holds the order. */
    public void record(String shop, String orderId, String bucket, String key, String sha256) {
        StoredBodyItem item = new StoredBodyItem();
        item.setShop(shop);
        item.setEntry(entry(orderId, sha256));
        item.setOrderId(orderId);
        item.setBucket(bucket);
        item.setObjectKey(key);
        item.setSha256(sha256);
        item.setRecordedAt(clock.millis());
        table.putItem(item);
    }

    /** The order's stored bodies: one Query on the shop's partition, prefix {@code <orderId>|}. */
    public List<StoredBody> forOrder(String shop, String orderId) {
        QueryConditional prefix = QueryConditional.sortBeginsWith(
                Key.builder().partitionValue(shop).sortValue(orderId + "|").build());
        return table.query(r -> r.queryConditional(prefix).consistentRead(true)).items().stream()
                .map(StoredBodies::body)
                .toList();
    }

    /** Hands every stored body of the shop to {@code action}, page by page (one Query on its partition). */
    public void forEachOfShop(String shop, Consumer<StoredBody> action) {
        QueryConditional partition =
                QueryConditional.keyEqualTo(Key.builder().partitionValue(shop).build());
        table.query(r -> r.queryConditional(partition).consistentRead(true))
                .items()
                .forEach(item -> action.accept(body(item)));
    }

    /** Forgets one stored body of the order (its object is gone or replaced). */
    public void remove(String shop, String orderId, String sha256) {
        table.deleteItem(Key.builder()
                .partitionValue(shop)
                .sortValue(entry(orderId, sha256))
                .build());
    }

    private static String entry(String orderId, String sha256) {
        return orderId + "|" + sha256;
    }

    private static StoredBody body(StoredBodyItem item) {
        return new StoredBody(
                item.getShop(),
                item.getOrderId(),
                item.getBucket(),
                item.getObjectKey(),
                item.getSha256(),
                item.getRecordedAt() == null ? null : Instant.ofEpochMilli(item.getRecordedAt()));
    }
}
