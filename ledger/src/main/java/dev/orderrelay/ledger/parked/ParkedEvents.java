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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Parks events, finds a shop's parked events (oldest first, by key only) and records what support did with them.
 * Status changes are conditional writes on the current status, so two support users acting on one event at once
 * cannot both win.
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
    private final Clock clock;

    public ParkedEvents(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.parked(), TableSchema.fromBean(ParkedItem.class));
        this.byOrder = table.index(LedgerSchema.PARKED_BY_ORDER_INDEX);
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
        table.putItem(item);
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
    public OpenCounts countOpen(String shop, int readAtMost) {
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
        return new OpenCounts(byDestination, withoutDestination, read, complete);
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
        ParkedItem change = keyItem(shop, id);
        change.setStatus(to.name());
        change.setResolvedBy(Objects.requireNonNull(by, "by"));
        change.setResolvedAt(clock.millis());
        change.setResolution(Objects.requireNonNull(resolution, "resolution"));
        return update(change, statusIs(ParkedStatus.PARKED));
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
        ParkedItem item = item(resolved);
        item.setStatus(ParkedStatus.PARKED.name());
        item.setResolvedBy(null);
        item.setResolvedAt(null);
        item.setResolution(null);
        try {
            table.putItem(r -> r.item(item).conditionExpression(unchangedSince(resolved)));
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false;
        }
    }

    private Optional<ParkedEvent> update(ParkedItem change, Expression condition) {
        try {
            return Optional.of(
                    event(table.updateItem(r -> r.item(change).ignoreNulls(true).conditionExpression(condition))));
        } catch (ConditionalCheckFailedException refused) {
            return Optional.empty();
        }
    }

    private static Expression statusIs(ParkedStatus status) {
        return Expression.builder()
                .expression("#status = :status")
                .putExpressionName("#status", "status")
                .putExpressionValue(":status", AttributeValue.fromS(status.name()))
                .build();
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

    private static Key key(String shop, String id) {
        return Key.builder().partitionValue(shop).sortValue(id).build();
    }

    private static ParkedItem keyItem(String shop, String id) {
        ParkedItem item = new ParkedItem();
        item.setShop(shop);
        item.setParkedId(id);
        return item;
    }

    private static ParkedItem item(ParkedEvent event) {
        ParkedItem item = keyItem(event.shop(), event.id());
        item.setShopOrder(shopOrder(event.shop(), event.orderId()));
        item.setStage(event.stage().name());
        item.setDestination(event.destination());
        item.setOrderId(event.orderId());
        item.setWebhookId(event.webhookId());
        item.setReason(event.reason());
        item.setAttempts(event.attempts());
        item.setStatus(event.status().name());
        item.setParkedAt(event.parkedAt().toEpochMilli());
        item.setMessage(event.message());
        item.setResolvedBy(event.resolvedBy());
        item.setResolvedAt(
                event.resolvedAt() == null ? null : event.resolvedAt().toEpochMilli());
        item.setResolution(event.resolution());
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
