package dev.orderrelay.ledger.orders;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Records orders as the worker meets and processes them; reads one order by its key. */
public final class OrderLedger {

    /** The UTC hour an order belongs to, the reconciler's unit: {@code 2026-11-24T10}. */
    static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final DynamoDbTable<OrderItem> table;
    private final Clock clock;

    public OrderLedger(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.orders(), TableSchema.fromBean(OrderItem.class));
        this.clock = clock;
    }

    /** Records the first sight of an order; later sightings keep the first time. Returns whether this was it. */
    public boolean recordSeen(String shop, String orderId, String name, Instant sourceCreatedAt) {
        OrderItem item = new OrderItem();
        item.setShop(shop);
        item.setOrderId(orderId);
        item.setName(name);
        item.setSourceCreatedAt(sourceCreatedAt.toString());
        item.setSourceHour(HOUR.format(sourceCreatedAt));
        item.setState(OrderState.RECEIVED.name());
        item.setFirstSeenAt(clock.millis());
        try {
            table.putItem(r -> r.item(item)
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(shop)")
                            .build()));
            return true;
        } catch (ConditionalCheckFailedException seenBefore) {
            return false;
        }
    }

    /** Marks the order processed (its deliveries registered); fields not set here are kept. */
    public void markProcessed(String shop, String orderId) {
        OrderItem update = new OrderItem();
        update.setShop(shop);
        update.setOrderId(orderId);
        update.setState(OrderState.PROCESSED.name());
        update.setProcessedAt(clock.millis());
        table.updateItem(r -> r.item(update).ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY));
    }

    public Optional<OrderRecord> find(String shop, String orderId) {
        OrderItem item = table.getItem(
                r -> r.key(Key.builder().partitionValue(shop).sortValue(orderId).build())
                        .consistentRead(true));
        return Optional.ofNullable(item).map(OrderLedger::record);
    }

    private static OrderRecord record(OrderItem item) {
        return new OrderRecord(
                item.getShop(),
                item.getOrderId(),
                item.getName(),
                item.getSourceCreatedAt() == null ? null : Instant.parse(item.getSourceCreatedAt()),
                item.getState() == null ? null : OrderState.valueOf(item.getState()),
                item.getFirstSeenAt() == null ? null : Instant.ofEpochMilli(item.getFirstSeenAt()),
                item.getProcessedAt() == null ? null : Instant.ofEpochMilli(item.getProcessedAt()));
    }
}
