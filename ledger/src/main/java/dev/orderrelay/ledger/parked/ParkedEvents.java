package dev.orderrelay.ledger.parked;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** Parks events and finds a shop's parked events, newest last, by key only. */
public final class ParkedEvents {

    private final DynamoDbTable<ParkedItem> table;
    private final Clock clock;

    public ParkedEvents(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.parked(), TableSchema.fromBean(ParkedItem.class));
        this.clock = clock;
    }

    /** What to park; the ledger adds the id, time and status. */
    public record Parking(
            String shop,
            ParkedStage stage,
            String destination,
            String orderId,
            String webhookId,
            String reason,
            int attempts,
            String message) {}

    /** Parks an event and returns it as stored. */
    public ParkedEvent park(Parking parking) {
        Instant now = clock.instant();
        ParkedItem item = new ParkedItem();
        item.setShop(parking.shop());
        item.setParkedId(String.format("%013d-%s", now.toEpochMilli(), UUID.randomUUID()));
        item.setStage(parking.stage().name());
        item.setDestination(parking.destination());
        item.setOrderId(parking.orderId());
        item.setWebhookId(parking.webhookId());
        item.setReason(parking.reason());
        item.setAttempts(parking.attempts());
        item.setStatus(ParkedStatus.PARKED.name());
        item.setParkedAt(now.toEpochMilli());
        item.setMessage(parking.message());
        table.putItem(item);
        return event(item);
    }

    /** A shop's parked events, oldest first: one Query on the shop's partition. */
    public List<ParkedEvent> forShop(String shop) {
        QueryConditional partition =
                QueryConditional.keyEqualTo(Key.builder().partitionValue(shop).build());
        return table.query(r -> r.queryConditional(partition)).items().stream()
                .map(ParkedEvents::event)
                .toList();
    }

    public Optional<ParkedEvent> find(String shop, String id) {
        return Optional.ofNullable(table.getItem(r ->
                        r.key(Key.builder().partitionValue(shop).sortValue(id).build())))
                .map(ParkedEvents::event);
    }

    private static ParkedEvent event(ParkedItem item) {
        return new ParkedEvent(
                item.getShop(),
                item.getParkedId(),
                ParkedStage.valueOf(item.getStage()),
                item.getDestination(),
                item.getOrderId(),
                item.getWebhookId(),
                item.getReason(),
                item.getAttempts() == null ? 0 : item.getAttempts(),
                ParkedStatus.valueOf(item.getStatus()),
                Instant.ofEpochMilli(item.getParkedAt()),
                item.getMessage());
    }
}
