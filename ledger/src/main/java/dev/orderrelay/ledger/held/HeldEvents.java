package dev.orderrelay.ledger.held;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * Keeps events that arrived before their order was processed, reads them back per order (or per shop, for erasure),
 * and releases each once applied. Reads are consistent: a worker that has just marked an order processed sees every
 * event held before, and one that has just held an event and then finds the order processed applies it itself.
 */
public final class HeldEvents {

    private final DynamoDbTable<HeldItem> table;
    private final Clock clock;

    public HeldEvents(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.heldEvents(), TableSchema.fromBean(HeldItem.class));
        this.clock = clock;
    }

    /**
     * Keeps an event of the order, as its queue {@code message}; holding the same {@code heldId} again replaces it.
     */
    public void hold(String shop, String orderId, String heldId, String topic, String message) {
        if (orderId.contains("|")) {
            throw new IllegalArgumentException("an order id cannot contain '|': " + orderId);
        }
        HeldItem item = new HeldItem();
        item.setShop(shop);
        item.setHeldKey(key(orderId, heldId));
        item.setOrderId(orderId);
        item.setHeldId(heldId);
        item.setTopic(topic);
        item.setMessage(message);
        item.setHeldAt(clock.millis());
        table.putItem(item);
    }

    /** The order's held events, oldest key first. */
    public List<HeldEvent> forOrder(String shop, String orderId) {
        return query(QueryConditional.sortBeginsWith(
                Key.builder().partitionValue(shop).sortValue(orderId + "|").build()));
    }

    /** Every event held for the shop. */
    public List<HeldEvent> forShop(String shop) {
        return query(
                QueryConditional.keyEqualTo(Key.builder().partitionValue(shop).build()));
    }

    /** Removes the held event; call only once what it carried has been fanned out. Removing it twice is harmless. */
    public void release(String shop, String orderId, String heldId) {
        table.deleteItem(Key.builder()
                .partitionValue(shop)
                .sortValue(key(orderId, heldId))
                .build());
    }

    private List<HeldEvent> query(QueryConditional condition) {
        List<HeldEvent> held = new ArrayList<>();
        table.query(r -> r.queryConditional(condition).consistentRead(true))
                .forEach(page -> page.items()
                        .forEach(item -> held.add(new HeldEvent(
                                item.getShop(),
                                item.getOrderId(),
                                item.getHeldId(),
                                item.getTopic(),
                                item.getMessage(),
                                item.getHeldAt() == null ? null : Instant.ofEpochMilli(item.getHeldAt())))));
        return held;
    }

    private static String key(String orderId, String heldId) {
        return orderId + "|" + heldId;
    }
}
