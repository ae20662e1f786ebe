package dev.orderrelay.ledger.dedupe;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** Which platform deliveries (shop + webhook id) were already processed to the end of their fan-out. */
public final class SeenDeliveries {

    /** SQS keeps a message 14 days, its dead letter 14 more; two days of margin. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    private final DynamoDbTable<SeenDeliveryItem> table;
    private final Clock clock;
    private final Duration retention;

    public SeenDeliveries(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock, Duration retention) {
        this.table = client.table(tables.seenDeliveries(), TableSchema.fromBean(SeenDeliveryItem.class));
        this.clock = clock;
        this.retention = retention;
    }

    /** Whether this delivery was processed before; a strongly consistent read, so a mark is seen at once. */
    public boolean wasProcessed(String shop, String webhookId) {
        SeenDeliveryItem item = table.getItem(r -> r.key(key(shop, webhookId)).consistentRead(true));
        return item != null && !expired(item);
    }

    /** Marks the delivery processed. Idempotent: marking twice leaves one mark. */
    public void markProcessed(String shop, String webhookId, String topic) {
        Instant now = clock.instant();
        SeenDeliveryItem item = new SeenDeliveryItem();
        item.setId(id(shop, webhookId));
        item.setShop(shop);
        item.setTopic(topic);
        item.setProcessedAt(now.toEpochMilli());
        item.setExpiresAt(now.plus(retention).getEpochSecond());
        table.putItem(item);
    }

    /** DynamoDB deletes expired items lazily (within days), so reads check the expiry themselves. */
    private boolean expired(SeenDeliveryItem item) {
        return item.getExpiresAt() != null
                && item.getExpiresAt() <= clock.instant().getEpochSecond();
    }

    private static Key key(String shop, String webhookId) {
        return Key.builder().partitionValue(id(shop, webhookId)).build();
    }

    private static String id(String shop, String webhookId) {
        return shop + "|" + webhookId;
    }
}
