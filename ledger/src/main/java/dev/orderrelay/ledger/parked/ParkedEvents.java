package dev.orderrelay.ledger.parked;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Parks events, finds a shop's parked events (oldest first, by key only) and records what support did with them.
 * Status changes are conditional writes on the current status, so two support users acting on one event at once
 * cannot both win. Each status change also moves the open dead-letter count (see {@link OpenCounts}) in the same
 * transaction, so the overview's counts match the events without a scan.
 */
public final class ParkedEvents {

    /**
     * The partition of events whose shop could not be told (an unreadable message without a {@code shop} attribute),
     * so they are parked and findable rather than dropped.
     */
    public static final String UNKNOWN_SHOP = "unknown-shop";

    /** Items per Query page when {@link #countOpen} reads a shop's newest events. */
    private static final int COUNT_PAGE = 200;

    private final DynamoDbTable<ParkedItem> table;
    private final DynamoDbIndex<ParkedItem> byOrder;
    private final String tableName;
    private final CountedWrites writes;
    private final Clock clock;

    public ParkedEvents(DynamoDbEnhancedClient client, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.parked(), TableSchema.fromBean(ParkedItem.class));
        this.byOrder = table.index(LedgerSchema.PARKED_BY_ORDER_INDEX);
        this.tableName = tables.parked();
        this.writes = new CountedWrites(dynamoDb, new OpenCounts(dynamoDb, tables));
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

    /**
     * One page of a shop's parked events.
     *
     * @param lastId where the next page starts (exclusive); null when there is none
     */
    public record Slice(List<ParkedEvent> events, String lastId) {

        public Slice {
            events = List.copyOf(events);
        }
    }

    /** Parks an event and returns it as stored. */
    public ParkedEvent park(Parking parking) {
        Instant now = clock.instant();
        ParkedItem item = new ParkedItem();
        item.setShop(parking.shop());
        item.setParkedId(String.format("%013d-%s", now.toEpochMilli(), UUID.randomUUID()));
        item.setShopOrder(shopOrder(parking.shop(), parking.orderId()));
        item.setStage(parking.stage().name());
        item.setDestination(parking.destination());
        item.setOrderId(parking.orderId());
        item.setWebhookId(parking.webhookId());
        item.setReason(parking.reason());
        item.setAttempts(parking.attempts());
        item.setStatus(ParkedStatus.PARKED.name());
        item.setParkedAt(now.toEpochMilli());
        item.setMessage(parking.message());
        item.setCountKey(OpenCounts.countKey(parking.stage(), parking.destination(), parking.reason()));
        TransactWriteItem put = TransactWriteItem.builder()
                .put(p -> p.tableName(tableName)
                        .item(table.tableSchema().itemToMap(item, true))
                        .conditionExpression("attribute_not_exists(parkedId)"))
                .build();
        if (!writes.write(put, item.getCountKey(), 1)) {
            throw new IllegalStateException("parked id " + item.getParkedId() + " of shop " + parking.shop()
                    + " is taken; park the event again");
        }
        return event(item);
    }

    /** A shop's parked events, oldest first: one Query on the shop's partition, every page of it. */
    public List<ParkedEvent> forShop(String shop) {
        QueryConditional partition =
                QueryConditional.keyEqualTo(Key.builder().partitionValue(shop).build());
        return table.query(r -> r.queryConditional(partition)).items().stream()
                .map(ParkedEvents::event)
                .toList();
    }

    /**
     * One page of at most {@code limit} of a shop's events parked before the id bound {@code before} (see
     * {@link #idsUpTo(Instant)}), after {@code afterId} (null: from the oldest). Long walks over a shop's events go
     * page by page, so they hold one page in memory and can report progress.
     */
    public Slice page(String shop, String before, String afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("page limit must be at least 1, got " + limit);
        }
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortLessThan(key(shop, before)))
                .consistentRead(true)
                .limit(limit);
        if (afterId != null) {
            request.exclusiveStartKey(
                    Map.of("shop", AttributeValue.fromS(shop), "parkedId", AttributeValue.fromS(afterId)));
        }
        return slice(table.query(request.build()).iterator().next());
    }

    private static Slice slice(Page<ParkedItem> page) {
        Map<String, AttributeValue> last = page.lastEvaluatedKey();
        return new Slice(
                page.items().stream().map(ParkedEvents::event).toList(),
                last == null || last.isEmpty() ? null : last.get("parkedId").s());
    }

    /**
     * Up to {@code limit} of one order's parked events (every status), oldest first, by one Query on the
     * {@code by-order} index: an order's dead letters without reading the shop's. Eventually consistent; events
     * parked before the index existed are found only once their {@code shopOrder} is backfilled (docs/ledger.md).
     */
    public List<ParkedEvent> forOrder(String shop, String orderId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        QueryConditional partition = QueryConditional.keyEqualTo(
                Key.builder().partitionValue(shopOrder(shop, orderId)).build());
        return byOrder.query(r -> r.queryConditional(partition).limit(limit)).stream()
                .flatMap(page -> page.items().stream())
                .limit(limit)
                .map(ParkedEvents::event)
                .toList();
    }

    /**
     * Counts the shop's events still parked, per destination, among its newest {@code readAtMost} events (every
     * status counts towards the bound: replayed and discarded ones stay as history). One Query, newest first, reading
     * only the status and destination, so the cost is bounded however long the shop's history; when the shop has
     * more events the counts are lower bounds and say so.
     */
    public ShopOpenCounts countOpen(String shop, int readAtMost) {
        if (readAtMost < 1) {
            throw new IllegalArgumentException("readAtMost must be at least 1, got " + readAtMost);
        }
        QueryEnhancedRequest request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(
                        Key.builder().partitionValue(shop).build()))
                .scanIndexForward(false)
                .attributesToProject("parkedId", "status", "destination")
                .limit(Math.min(COUNT_PAGE, readAtMost + 1))
                .build();
        Map<String, Integer> byDestination = new HashMap<>();
        int withoutDestination = 0;
        int read = 0;
        boolean complete = true;
        for (ParkedItem item : table.query(request).items()) {
            if (read == readAtMost) {
                complete = false;
                break;
            }
            read++;
            if (!ParkedStatus.PARKED.name().equals(item.getStatus())) {
                continue;
            }
            if (item.getDestination() == null) {
                withoutDestination++;
            } else {
                byDestination.merge(item.getDestination(), 1, Integer::sum);
            }
        }
        return new ShopOpenCounts(byDestination, withoutDestination, read, complete);
    }

    /**
     * One page of at most {@code limit} of a shop's events parked from {@code from} to {@code to} (both included),
     * newest first, continuing after {@code beforeId} (the previous page's {@link Slice#lastId()}; null: from the
     * newest): one Query on the shop's partition, its sort key bounded by the two times, for the console's list.
     */
    public Slice newestFirst(String shop, Instant from, Instant to, String beforeId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("page limit must be at least 1, got " + limit);
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("parked range starts (" + from + ") after it ends (" + to + ")");
        }
        // Ids are "<13-digit millis>-<uuid>": the bare millis of `from` sorts before every id of that millisecond,
        // the bare millis after `to` after every id of `to`'s.
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBetween(
                        key(shop, String.format("%013d", from.toEpochMilli())), key(shop, idsUpTo(to))))
                .scanIndexForward(false)
                .limit(limit);
        if (beforeId != null) {
            request.exclusiveStartKey(
                    Map.of("shop", AttributeValue.fromS(shop), "parkedId", AttributeValue.fromS(beforeId)));
        }
        return slice(table.query(request.build()).iterator().next());
    }

    /** The id bound that {@link #page} takes to cover every event parked at or before {@code at}. */
    public static String idsUpTo(Instant at) {
        return String.format("%013d", at.toEpochMilli() + 1);
    }

    public Optional<ParkedEvent> find(String shop, String id) {
        return Optional.ofNullable(table.getItem(r -> r.key(key(shop, id)).consistentRead(true)))
                .map(ParkedEvents::event);
    }

    /**
     * Moves a parked event to {@code to} (replayed or discarded) with who, when and why, if it is still parked.
     * Returns the event as now stored, or empty when it is gone or no longer parked (someone else was first).
     */
    public Optional<ParkedEvent> resolve(String shop, String id, ParkedStatus to, String by, String resolution) {
        if (to == ParkedStatus.PARKED) {
            throw new IllegalArgumentException("resolve moves an event out of PARKED; use unresolve to go back");
        }
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(resolution, "resolution");
        ParkedItem current = table.getItem(r -> r.key(key(shop, id)).consistentRead(true));
        if (current == null || !ParkedStatus.PARKED.name().equals(current.getStatus())) {
            return Optional.empty();
        }
        long at = clock.millis();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":to", AttributeValue.fromS(to.name()));
        values.put(":by", AttributeValue.fromS(by));
        values.put(":at", AttributeValue.fromN(Long.toString(at)));
        values.put(":resolution", AttributeValue.fromS(resolution));
        values.put(":parked", AttributeValue.fromS(ParkedStatus.PARKED.name()));
        TransactWriteItem update = TransactWriteItem.builder()
                .update(u -> u.tableName(tableName)
                        .key(lowLevelKey(shop, id))
                        .updateExpression(
                                "SET #status = :to, resolvedBy = :by, resolvedAt = :at, resolution = :resolution")
                        .conditionExpression("#status = :parked")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(values))
                .build();
        if (!writes.write(update, current.getCountKey(), -1)) {
            return Optional.empty();
        }
        current.setStatus(to.name());
        current.setResolvedBy(by);
        current.setResolvedAt(at);
        current.setResolution(resolution);
        return Optional.of(event(current));
    }

    /**
     * Deletes a parked event for an erasure ({@code shop/redact}): an open one together with its count, any other
     * plainly. Returns false when it was already gone.
     */
    public boolean erase(String shop, String id) {
        for (int round = 0; round < 3; round++) {
            ParkedItem stored = table.getItem(r -> r.key(key(shop, id)).consistentRead(true));
            if (stored == null) {
                return false;
            }
            boolean counted = ParkedStatus.PARKED.name().equals(stored.getStatus()) && stored.getCountKey() != null;
            TransactWriteItem delete = TransactWriteItem.builder()
                    .delete(d -> d.tableName(tableName)
                            .key(lowLevelKey(shop, id))
                            .conditionExpression("#status = :status")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(stored.getStatus()))))
                    .build();
            if (writes.write(delete, counted ? stored.getCountKey() : null, -1)) {
                return true;
            }
            // Resolved or unresolved in between: read it again, so the count follows the status it had when deleted.
        }
        throw new IllegalStateException("parked event " + id + " of shop " + shop
                + " kept changing while it was being erased; the erasure will be retried");
    }

    /** Replaces the resolution note of an event as {@code resolved} left it; false when it changed meanwhile. */
    public boolean amend(ParkedEvent resolved, String resolution) {
        ParkedItem change = keyItem(resolved.shop(), resolved.id());
        change.setResolution(Objects.requireNonNull(resolution, "resolution"));
        return update(change, unchangedSince(resolved)).isPresent();
    }

    /**
     * Puts an event back to parked, without resolution, if it is still as {@code resolved} left it: for a replay
     * that could not be published. Returns false when someone changed it meanwhile.
     */
    public boolean unresolve(ParkedEvent resolved) {
        Expression unchanged = unchangedSince(resolved);
        ParkedItem stored =
                table.getItem(r -> r.key(key(resolved.shop(), resolved.id())).consistentRead(true));
        if (stored == null) {
            return false;
        }
        // An event parked before counts existed gets its key now, and is counted from here on.
        String countKey = stored.getCountKey() != null
                ? stored.getCountKey()
                : OpenCounts.countKey(resolved.stage(), resolved.destination(), stored.getReason());
        Map<String, AttributeValue> values = new HashMap<>(unchanged.expressionValues());
        values.put(":parked", AttributeValue.fromS(ParkedStatus.PARKED.name()));
        values.put(":key", AttributeValue.fromS(countKey));
        TransactWriteItem update = TransactWriteItem.builder()
                .update(u -> u.tableName(tableName)
                        .key(lowLevelKey(resolved.shop(), resolved.id()))
                        .updateExpression(
                                "SET #status = :parked, countKey = :key REMOVE resolvedBy, resolvedAt, resolution")
                        .conditionExpression(unchanged.expression())
                        .expressionAttributeNames(unchanged.expressionNames())
                        .expressionAttributeValues(values))
                .build();
        return writes.write(update, countKey, 1);
    }

    private Optional<ParkedEvent> update(ParkedItem change, Expression condition) {
        try {
            return Optional.of(
                    event(table.updateItem(r -> r.item(change).ignoreNulls(true).conditionExpression(condition))));
        } catch (ConditionalCheckFailedException refused) {
            return Optional.empty();
        }
    }

    private static Expression unchangedSince(ParkedEvent resolved) {
        if (resolved.resolvedAt() == null) {
            throw new IllegalArgumentException(
                    "event " + resolved.id() + " of shop " + resolved.shop() + " was not resolved");
        }
        return Expression.builder()
                .expression("#status = :status AND resolvedAt = :at")
                .putExpressionName("#status", "status")
                .putExpressionValue(
                        ":status", AttributeValue.fromS(resolved.status().name()))
                .putExpressionValue(
                        ":at",
                        AttributeValue.fromN(Long.toString(resolved.resolvedAt().toEpochMilli())))
                .build();
    }

    /** The {@code by-order} index partition, {@code shop|orderId}; null (not in the index) when the order is unknown. */
    private static String shopOrder(String shop, String orderId) {
        return orderId == null ? null : shop + "|" + orderId;
    }

    private static Map<String, AttributeValue> lowLevelKey(String shop, String id) {
        return Map.of("shop", AttributeValue.fromS(shop), "parkedId", AttributeValue.fromS(id));
    }

    private static Key key(String shop, String id) {
        return Key.builder().partitionValue(shop).sortValue(id).build();
    }

    private static ParkedItem keyItem(String shop, String id) {
        ParkedItem item = new ParkedItem();
        item.setShop(shop);
        item.setParkedId(id);
        return item;
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
                item.getMessage(),
                item.getResolvedBy(),
                item.getResolvedAt() == null ? null : Instant.ofEpochMilli(item.getResolvedAt()),
                item.getResolution());
    }
}
