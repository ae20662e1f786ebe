package dev.orderrelay.ledger.orders;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Records orders as the worker meets and processes them, and what the reconciler did about them; reads one order
 * by its key, one shop's orders of one UTC hour through the {@code by-hour} index, or an order by its display name
 * through the {@code by-name} index (never a scan).
 */
public final class OrderLedger {

    /** The most orders {@link #named} returns: names are unique in a Shopify shop, so this only bounds a surprise. */
    public static final int MAX_NAMED = 10;

    /** The UTC hour an order belongs to, the reconciler's unit: {@code 2026-11-24T10}. */
    static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final DynamoDbTable<OrderItem> table;
    private final DynamoDbIndex<OrderItem> byHour;
    private final DynamoDbIndex<OrderItem> byName;
    private final DynamoDbClient dynamoDb;
    private final Clock clock;

    public OrderLedger(DynamoDbEnhancedClient client, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.orders(), TableSchema.fromBean(OrderItem.class));
        this.byHour = table.index(LedgerSchema.ORDERS_BY_HOUR_INDEX);
        this.byName = table.index(LedgerSchema.ORDERS_BY_NAME_INDEX);
        this.dynamoDb = dynamoDb;
        this.clock = clock;
    }

    /** The index partition of a shop's hour: {@code shop|2026-11-24T10}. */
    static String shopHour(String shop, Instant inHour) {
        return shop + "|" + HOUR.format(inHour);
    }

    /**
     * Records the first sight of an order; later sightings keep the first time and source. Returns whether this
     * was it.
     *
     * @param firstSource the envelope source's wire name, e.g. {@code webhook} or {@code reconciler}
     */
    public boolean recordSeen(String shop, String orderId, String name, Instant sourceCreatedAt, String firstSource) {
        OrderItem item = new OrderItem();
        item.setShop(shop);
        item.setOrderId(orderId);
        item.setName(name);
        item.setSourceCreatedAt(sourceCreatedAt.toString());
        item.setSourceHour(HOUR.format(sourceCreatedAt));
        item.setShopHour(shopHour(shop, sourceCreatedAt));
        item.setFirstSource(firstSource);
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

    /**
     * Records the version and facts of an order payload unless the ledger holds a newer payload's: returns whether
     * this payload is current (its {@code updated_at} not older than the newest recorded, so a retry of the same
     * payload is current again). A payload that states no version cannot be placed: it counts as current and fills
     * only the facts no payload has stated yet.
     */
    public boolean recordVersion(String shop, String orderId, Instant updatedAt, OrderFacts facts) {
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        facts.addUpdates(values, sets, updatedAt == null);
        if (updatedAt == null) {
            if (!sets.isEmpty()) {
                update(shop, orderId, "SET " + String.join(", ", sets), values, null);
            }
            return true;
        }
        values.put(":version", AttributeValue.fromN(Long.toString(updatedAt.toEpochMilli())));
        sets.add("sourceUpdatedAt = :version");
        try {
            update(
                    shop,
                    orderId,
                    "SET " + String.join(", ", sets),
                    values,
                    "attribute_not_exists(sourceUpdatedAt) OR sourceUpdatedAt <= :version");
            return true;
        } catch (ConditionalCheckFailedException newerRecorded) {
            return false;
        }
    }

    /**
     * Adds refunds the worker has processed for the order, with the amounts of the events it built for them; ids
     * and amounts already there stay once.
     */
    public void recordRefundAmounts(String shop, String orderId, List<RefundAmounts> refunds) {
        if (refunds.isEmpty()) {
            return;
        }
        update(
                shop,
                orderId,
                "ADD refundIds :ids, refundAmounts :amounts",
                Map.of(
                        ":ids",
                        AttributeValue.builder()
                                .ss(refunds.stream()
                                        .map(RefundAmounts::refundId)
                                        .distinct()
                                        .toList())
                                .build(),
                        ":amounts",
                        AttributeValue.builder()
                                .ss(refunds.stream()
                                        .map(RefundAmounts::encode)
                                        .distinct()
                                        .toList())
                                .build()),
                null);
    }

    /**
     * Records the cancellation with the amounts of its refund, unless one was recorded before: the first decision
     * stands, so a retry or a later payload sends the same cancellation. Returns the amounts recorded.
     */
    public RefundAmounts recordCancelled(String shop, String orderId, Instant cancelledAt, RefundAmounts amounts) {
        Map<String, AttributeValue> item = dynamoDb.updateItem(b -> b.tableName(table.tableName())
                        .key(keyOf(shop, orderId))
                        .updateExpression("SET cancelledAt = if_not_exists(cancelledAt, :at),"
                                + " cancelAmounts = if_not_exists(cancelAmounts, :amounts)")
                        .expressionAttributeValues(Map.of(
                                ":at", AttributeValue.fromS(cancelledAt.toString()),
                                ":amounts", AttributeValue.fromS(amounts.encode())))
                        .returnValues(ReturnValue.ALL_NEW))
                .attributes();
        RefundAmounts stored = RefundAmounts.decode(item.get("cancelAmounts").s());
        return stored == null ? amounts : stored;
    }

    /** Adds refund ids the worker has processed for the order; ids already there stay once. */
    public void recordRefunds(String shop, String orderId, Collection<String> refundIds) {
        if (refundIds.isEmpty()) {
            return;
        }
        dynamoDb.updateItem(b -> b.tableName(table.tableName())
                .key(keyOf(shop, orderId))
                .updateExpression("ADD refundIds :ids")
                .expressionAttributeValues(
                        Map.of(":ids", AttributeValue.builder().ss(refundIds).build())));
    }

    /** Records that the platform cancelled the order at {@code cancelledAt}; the first time recorded stays. */
    public void recordCancelled(String shop, String orderId, Instant cancelledAt) {
        dynamoDb.updateItem(b -> b.tableName(table.tableName())
                .key(keyOf(shop, orderId))
                .updateExpression("SET cancelledAt = if_not_exists(cancelledAt, :at)")
                .expressionAttributeValues(Map.of(":at", AttributeValue.fromS(cancelledAt.toString()))));
    }

    /**
     * Records that the reconciler sent a known order back through the pipeline now. An order the ledger does not
     * hold is left alone (a stub item would stop its first sighting from being recorded); returns whether it was
     * there.
     */
    public boolean markRepaired(String shop, String orderId) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table.tableName())
                    .key(keyOf(shop, orderId))
                    .updateExpression("SET repairedAt = :now")
                    .conditionExpression("attribute_exists(shop)")
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(clock.millis())))));
            return true;
        } catch (ConditionalCheckFailedException unknown) {
            return false;
        }
    }

    public Optional<OrderRecord> find(String shop, String orderId) {
        OrderItem item = table.getItem(
                r -> r.key(Key.builder().partitionValue(shop).sortValue(orderId).build())
                        .consistentRead(true));
        return Optional.ofNullable(item).map(OrderItem::toRecord);
    }

    /**
     * The shop's orders created at the source in the UTC hour that contains {@code inHour}, by one index query.
     * The index is eventually consistent: an order recorded a moment ago may be missing, which the reconciler's
     * settle delay allows for.
     */
    public List<OrderRecord> forHour(String shop, Instant inHour) {
        Instant hour = inHour.truncatedTo(ChronoUnit.HOURS);
        List<OrderRecord> records = new ArrayList<>();
        byHour.query(r -> r.queryConditional(QueryConditional.keyEqualTo(
                        Key.builder().partitionValue(shopHour(shop, hour)).build())))
                .forEach(page -> page.items().forEach(item -> records.add(item.toRecord())));
        return records;
    }

    /**
     * The shop's orders whose display name is exactly {@code name} (e.g. {@code #1001}), by one Query on the
     * {@code by-name} index; at most {@value #MAX_NAMED}. Eventually consistent, like every index read.
     */
    public List<OrderRecord> named(String shop, String name) {
        return byName
                .query(r -> r.queryConditional(QueryConditional.keyEqualTo(Key.builder()
                                .partitionValue(shop)
                                .sortValue(name)
                                .build()))
                        .limit(MAX_NAMED))
                .stream()
                .flatMap(page -> page.items().stream())
                .limit(MAX_NAMED)
                .map(OrderItem::toRecord)
                .toList();
    }

    /**
     * Up to {@code limit} of the shop's latest orders, newest first by source creation time: the UTC hours from the
     * one holding {@code now} back over {@code hours} hours, one {@code by-hour} Query per hour (highest order ids
     * first, as Shopify assigns them increasing), stopping once {@code limit} orders are found. So a busy shop costs
     * one Query and a quiet one at most {@code hours}, never more than {@code limit} items.
     */
    public List<OrderRecord> recent(String shop, Instant now, int hours, int limit) {
        List<OrderRecord> found = new ArrayList<>();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        for (int back = 0; back < hours && found.size() < limit; back++) {
            int wanted = limit - found.size();
            Key partition = Key.builder()
                    .partitionValue(shopHour(shop, hour.minus(back, ChronoUnit.HOURS)))
                    .build();
            byHour
                    .query(r -> r.queryConditional(QueryConditional.keyEqualTo(partition))
                            .scanIndexForward(false)
                            .limit(wanted))
                    .stream()
                    .flatMap(page -> page.items().stream())
                    .limit(wanted)
                    .forEach(item -> found.add(item.toRecord()));
        }
        return found.stream()
                .sorted(Comparator.comparing(
                                OrderRecord::sourceCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(OrderRecord::orderId)
                        .reversed())
                .toList();
    }

    private void update(
            String shop, String orderId, String expression, Map<String, AttributeValue> values, String condition) {
        dynamoDb.updateItem(b -> b.tableName(table.tableName())
                .key(keyOf(shop, orderId))
                .updateExpression(expression)
                .conditionExpression(condition)
                .expressionAttributeValues(values));
    }

    private static Map<String, AttributeValue> keyOf(String shop, String orderId) {
        return Map.of("shop", AttributeValue.fromS(shop), "orderId", AttributeValue.fromS(orderId));
    }
}
