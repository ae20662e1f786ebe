package dev.orderrelay.ledger.claims;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Registers deliveries, hands out leased claims, and records how each send ended. Claims are conditional writes, so
 * two workers can never both hold a live claim on one delivery; reads and writes go to one item by its key. The
 * claim itself is a low-level UpdateItem: the enhanced client cannot express the atomic attempt counter.
 */
public final class DeliveryClaims {

    private static final TableSchema<DeliveryItem> SCHEMA = TableSchema.fromBean(DeliveryItem.class);

    private final DynamoDbTable<DeliveryItem> table;
    private final DynamoDbClient dynamoDb;
    private final Clock clock;

    public DeliveryClaims(DynamoDbEnhancedClient client, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.deliveries(), SCHEMA);
        this.dynamoDb = dynamoDb;
        this.clock = clock;
    }

    /**
     * Registers a pending delivery unless it exists: the first registration wins, so the same purchase reached
     * through orders/create, orders/paid, a retry or a replay is one delivery. Returns whether this call created it.
     */
    public boolean register(DeliveryKey key, String kind, String idempotencyKey) {
        DeliveryItem item = new DeliveryItem();
        item.setShopOrder(key.partition());
        item.setDelivery(key.sort());
        item.setShop(key.shop());
        item.setOrderId(key.orderId());
        item.setDestination(key.destination());
        item.setEvent(key.event());
        item.setKind(kind);
        item.setIdempotencyKey(idempotencyKey);
        item.setState(DeliveryState.PENDING.name());
        item.setAttempts(0);
        item.setUpdatedAt(clock.millis());
        try {
            table.putItem(r -> r.item(item)
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(shopOrder)")
                            .build()));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    /** Claims the delivery for {@code lease} if it is pending and no live lease holds it. */
    public ClaimResult claim(DeliveryKey key, Duration lease) {
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        String owner = UUID.randomUUID().toString();
        try {
            Map<String, AttributeValue> item = dynamoDb.updateItem(b -> b.tableName(table.tableName())
                            .key(keyOf(key))
                            .updateExpression(
                                    "SET leaseOwner = :owner, leaseUntil = :until, updatedAt = :now ADD attempts :one")
                            .conditionExpression("attribute_exists(shopOrder) AND #state = :pending"
                                    + " AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :now)")
                            .expressionAttributeNames(Map.of("#state", "state"))
                            .expressionAttributeValues(Map.of(
                                    ":owner", s(owner),
                                    ":until", n(until.toEpochMilli()),
                                    ":now", n(now.toEpochMilli()),
                                    ":one", n(1),
                                    ":pending", s(DeliveryState.PENDING.name())))
                            .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            DeliveryItem claimed = SCHEMA.mapToItem(item);
            return new ClaimResult.Claimed(
                    new Claim(key, owner, claimed.getAttempts(), until, claimed.getIdempotencyKey()));
        } catch (ConditionalCheckFailedException refused) {
            return whyNot(key);
        }
    }

    /** Records the destination's acceptance. Delivered is the truth even if our lease ran out meanwhile. */
    public void markDelivered(Claim claim) {
        update(
                claim.key(),
                "SET #state = :delivered, deliveredAt = :now, updatedAt = :now"
                        + " REMOVE leaseOwner, leaseUntil, lastError",
                Map.of(":delivered", s(DeliveryState.DELIVERED.name())),
                null);
    }

    /** Gives the claim back after a retryable failure, so the next attempt can claim at once. */
    public boolean release(Claim claim, String error) {
        return update(
                claim.key(),
                "SET lastError = :error, leaseUntil = :now, updatedAt = :now REMOVE leaseOwner",
                Map.of(":error", s(error), ":owner", s(claim.owner())),
                "leaseOwner = :owner");
    }

    /** Parks the delivery with the destination's reason; false when the claim was lost to another sender. */
    public boolean park(Claim claim, String reason) {
        return update(
                claim.key(),
                "SET #state = :parked, lastError = :error, updatedAt = :now REMOVE leaseOwner, leaseUntil",
                Map.of(":parked", s(DeliveryState.PARKED.name()), ":error", s(reason), ":owner", s(claim.owner())),
                "leaseOwner = :owner");
    }

    /**
     * Parks a delivery nobody holds a claim on, such as one whose message SQS moved to a dead-letter queue; false
     * when it is not pending (already delivered, parked or skipped) or someone holds a live lease on it.
     */
    public boolean parkPending(DeliveryKey key, String reason) {
        return update(
                key,
                "SET #state = :parked, lastError = :error, updatedAt = :now REMOVE leaseOwner, leaseUntil",
                Map.of(
                        ":parked", s(DeliveryState.PARKED.name()),
                        ":pending", s(DeliveryState.PENDING.name()),
                        ":error", s(reason)),
                "#state = :pending AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :now)");
    }

    /**
     * Makes a parked delivery pending again for a replay, with its attempts back at zero so the worker's retry budget
     * starts over. Conditional on the delivery being parked: a delivered one stays delivered, so a replay never sends
     * an event twice.
     */
    public Reopening reopen(DeliveryKey key) {
        // A failed condition is explained by a read; if that read finds it parked again (reopened and re-parked in
        // between), the reopen is simply tried again, a bounded number of times.
        for (int round = 0; round < 3; round++) {
            boolean reopened = update(
                    key,
                    "SET #state = :pending, attempts = :zero, updatedAt = :now REMOVE leaseOwner, leaseUntil",
                    Map.of(
                            ":pending", s(DeliveryState.PENDING.name()),
                            ":parked", s(DeliveryState.PARKED.name()),
                            ":zero", n(0)),
                    "#state = :parked");
            if (reopened) {
                return Reopening.REOPENED;
            }
            DeliveryItem item = table.getItem(r -> r.key(Key.builder()
                            .partitionValue(key.partition())
                            .sortValue(key.sort())
                            .build())
                    .consistentRead(true));
            if (item == null) {
                return Reopening.NOT_REGISTERED;
            }
            Reopening found = switch (DeliveryState.valueOf(item.getState())) {
                case DELIVERED -> Reopening.ALREADY_DELIVERED;
                case SKIPPED -> Reopening.SKIPPED;
                case PENDING -> Reopening.ALREADY_PENDING;
                case PARKED -> null;
            };
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("delivery " + key + " kept changing while it was being reopened; try again");
    }

    /** Every delivery of one order: one Query on the order's partition. */
    public List<DeliveryRecord> forOrder(String shop, String orderId) {
        QueryConditional partition = QueryConditional.keyEqualTo(
                Key.builder().partitionValue(shop + "|" + orderId).build());
        return table.query(r -> r.queryConditional(partition).consistentRead(true)).items().stream()
                .map(DeliveryClaims::record)
                .toList();
    }

    private ClaimResult whyNot(DeliveryKey key) {
        DeliveryItem item = table.getItem(r -> r.key(Key.builder()
                        .partitionValue(key.partition())
                        .sortValue(key.sort())
                        .build())
                .consistentRead(true));
        if (item == null) {
            return new ClaimResult.NotRegistered();
        }
        DeliveryState state = DeliveryState.valueOf(item.getState());
        return switch (state) {
            case DELIVERED -> new ClaimResult.AlreadyDelivered();
            case PARKED, SKIPPED -> new ClaimResult.Parked(state, item.getLastError());
            case PENDING -> new ClaimResult.LeasedElsewhere(Instant.ofEpochMilli(item.getLeaseUntil()));
        };
    }

    private boolean update(DeliveryKey key, String expression, Map<String, AttributeValue> values, String condition) {
        Map<String, AttributeValue> all = new java.util.HashMap<>(values);
        all.put(":now", n(clock.millis()));
        String guard =
                condition == null ? "attribute_exists(shopOrder)" : "attribute_exists(shopOrder) AND " + condition;
        try {
            dynamoDb.updateItem(b -> {
                b.tableName(table.tableName())
                        .key(keyOf(key))
                        .updateExpression(expression)
                        .conditionExpression(guard)
                        .expressionAttributeValues(all);
                if (expression.contains("#state")) {
                    b.expressionAttributeNames(Map.of("#state", "state"));
                }
            });
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        }
    }

    private static DeliveryRecord record(DeliveryItem item) {
        return new DeliveryRecord(
                new DeliveryKey(item.getShop(), item.getOrderId(), item.getDestination(), item.getEvent()),
                item.getKind(),
                item.getIdempotencyKey(),
                DeliveryState.valueOf(item.getState()),
                item.getAttempts() == null ? 0 : item.getAttempts(),
                item.getLastError(),
                item.getDeliveredAt() == null ? null : Instant.ofEpochMilli(item.getDeliveredAt()));
    }

    private static Map<String, AttributeValue> keyOf(DeliveryKey key) {
        return Map.of("shopOrder", s(key.partition()), "delivery", s(key.sort()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
