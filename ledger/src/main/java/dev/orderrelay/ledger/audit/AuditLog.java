package dev.orderrelay.ledger.audit;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * Writes audit entries and reads them back newest first, by key only: a time range is one Query per UTC day it
 * touches, a shop's entries one Query on the by-shop index. The day partition takes every entry of the day; audit
 * entries come from people clicking, a rate far below a partition's limits.
 */
public final class AuditLog {

    private final DynamoDbTable<AuditItem> table;
    private final DynamoDbIndex<AuditItem> byShop;
    private final Clock clock;

    public AuditLog(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.audit(), TableSchema.fromBean(AuditItem.class));
        this.byShop = table.index(LedgerSchema.AUDIT_BY_SHOP_INDEX);
        this.clock = clock;
    }

    /** What to record; the log adds the id and the time. */
    public record Recording(
            String actor, String action, String shop, String target, int count, String outcome, String note) {

        public Recording {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Records an action and returns the entry as stored. */
    public AuditEntry record(Recording recording) {
        Instant now = clock.instant();
        AuditItem item = new AuditItem();
        item.setDay(day(now));
        item.setEntryId(String.format("%013d-%s", now.toEpochMilli(), UUID.randomUUID()));
        item.setAt(now.toEpochMilli());
        item.setActor(recording.actor());
        item.setAction(recording.action());
        item.setShop(recording.shop());
        item.setTarget(recording.target());
        item.setCount(recording.count());
        item.setOutcome(recording.outcome());
        item.setNote(recording.note());
        table.putItem(item);
        return entry(item);
    }

    /** A shop's entries from {@code from} to {@code to} (both included), newest first, at most {@code limit}. */
    public List<AuditEntry> forShop(String shop, Instant from, Instant to, int limit) {
        checkRange(from, to, limit);
        QueryConditional range = QueryConditional.sortBetween(
                Key.builder().partitionValue(shop).sortValue(lowerBound(from)).build(),
                Key.builder().partitionValue(shop).sortValue(upperBound(to)).build());
        return byShop.query(r -> r.queryConditional(range).scanIndexForward(false)).stream()
                .flatMap(page -> page.items().stream())
                .limit(limit)
                .map(AuditLog::entry)
                .toList();
    }

    /** Every entry from {@code from} to {@code to} (both included), newest first, at most {@code limit}. */
    public List<AuditEntry> between(Instant from, Instant to, int limit) {
        checkRange(from, to, limit);
        List<AuditEntry> entries = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        for (LocalDate day = LocalDate.ofInstant(to, ZoneOffset.UTC);
                !day.isBefore(first) && entries.size() < limit;
                day = day.minusDays(1)) {
            String partition = day.toString();
            QueryConditional range = QueryConditional.sortBetween(
                    Key.builder()
                            .partitionValue(partition)
                            .sortValue(lowerBound(from))
                            .build(),
                    Key.builder()
                            .partitionValue(partition)
                            .sortValue(upperBound(to))
                            .build());
            table.query(r -> r.queryConditional(range).scanIndexForward(false)).items().stream()
                    .limit(limit - entries.size())
                    .map(AuditLog::entry)
                    .forEach(entries::add);
        }
        return List.copyOf(entries);
    }

    private static void checkRange(Instant from, Instant to, int limit) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("audit range starts (" + from + ") after it ends (" + to + ")");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("audit limit must be at least 1, got " + limit);
        }
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private static String lowerBound(Instant from) {
        return String.format("%013d", from.toEpochMilli());
    }

    /** '~' sorts after every character of an entry id's random part, so entries of the last millisecond count. */
    private static String upperBound(Instant to) {
        return String.format("%013d~", to.toEpochMilli());
    }

    private static AuditEntry entry(AuditItem item) {
        return new AuditEntry(
                item.getEntryId(),
                Instant.ofEpochMilli(item.getAt()),
                item.getActor(),
                item.getAction(),
                item.getShop(),
                item.getTarget(),
                item.getCount() == null ? 0 : item.getCount(),
                item.getOutcome(),
                item.getNote());
    }
}
