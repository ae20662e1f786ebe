package dev.orderrelay.ledger.reconciliations;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

/**
 * Reconciliation runs, one item each, so the console can report a run a reconciler pod executes. A requested run
 * waits in the sparse {@code queued} index until a reconciler claims it with a conditional write, so two
 * reconcilers never both run it. The console lists runs newest first by key only: every shop's through the
 * {@code by-day} index (one Query per UTC day), one shop's requested runs through {@code by-shop}. Run ids start
 * with their request time to the second, so sorting by id is sorting by time. Runs expire after {@link #RETENTION}.
 */
public final class Reconciliations {

    public static final Duration RETENTION = Duration.ofDays(30);

    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String QUEUED = RunState.QUEUED.name();
    private static final String CURSOR = "cursor|";

    private final DynamoDbTable<ReconciliationItem> table;
    private final DynamoDbIndex<ReconciliationItem> queued;
    private final DynamoDbIndex<ReconciliationItem> byDay;
    private final DynamoDbIndex<ReconciliationItem> byShop;
    private final DynamoDbClient dynamoDb;
    private final Clock clock;

    public Reconciliations(DynamoDbEnhancedClient client, DynamoDbClient dynamoDb, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.reconciliations(), TableSchema.fromBean(ReconciliationItem.class));
        this.dynamoDb = dynamoDb;
        this.queued = table.index(LedgerSchema.RECONCILIATIONS_QUEUED_INDEX);
        this.byDay = table.index(LedgerSchema.RECONCILIATIONS_BY_DAY_INDEX);
        this.byShop = table.index(LedgerSchema.RECONCILIATIONS_BY_SHOP_INDEX);
        this.clock = clock;
    }

    /** Queues a run of {@code [from, to)} for {@code shop} (null: every shop), asked for by {@code requestedBy}. */
    public ReconciliationRun request(String shop, Instant from, Instant to, String requestedBy) {
        ReconciliationItem item = newItem(shop, from, to, RunTrigger.REQUESTED, requestedBy);
        item.setState(QUEUED);
        item.setQueue(QUEUED);
        put(item);
        return run(item);
    }

    /** Records a scheduled run that starts now, already claimed by the caller. */
    public ReconciliationRun startScheduled(Instant from, Instant to) {
        ReconciliationItem item = newItem(null, from, to, RunTrigger.SCHEDULED, "scheduler");
        item.setState(RunState.RUNNING.name());
        item.setStartedAt(clock.millis());
        put(item);
        return run(item);
    }

    /** Queued runs, oldest first, at most {@code limit}. */
    public List<ReconciliationRun> queued(int limit) {
        List<ReconciliationRun> runs = new ArrayList<>();
        for (var page : queued.query(r -> r.queryConditional(QueryConditional.keyEqualTo(
                        Key.builder().partitionValue(QUEUED).build()))
                .limit(limit))) {
            for (ReconciliationItem item : page.items()) {
                if (runs.size() < limit) {
                    runs.add(run(item));
                }
            }
            if (runs.size() >= limit) {
                break;
            }
        }
        return runs;
    }

    /** Takes a queued run for the caller; false when another reconciler took it first. */
    public boolean claim(String runId) {
        try {
            // One conditional write: the state moves on and `queue` goes, which takes the run out of the index.
            dynamoDb.updateItem(b -> b.tableName(table.tableName())
                    .key(Map.of("runId", AttributeValue.fromS(runId)))
                    .updateExpression("SET #state = :running, startedAt = :now REMOVE #queue")
                    .conditionExpression("#state = :queued")
                    .expressionAttributeNames(Map.of("#state", "state", "#queue", "queue"))
                    .expressionAttributeValues(Map.of(
                            ":running", AttributeValue.fromS(RunState.RUNNING.name()),
                            ":queued", AttributeValue.fromS(QUEUED),
                            ":now", AttributeValue.fromN(Long.toString(clock.millis())))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    /** Records the run's findings so far. */
    public void progress(String runId, RunFindings findings) {
        ReconciliationItem update = new ReconciliationItem();
        update.setRunId(runId);
        write(update, findings);
        table.updateItem(r -> r.item(update).ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY));
    }

    public void finish(String runId, RunFindings findings) {
        end(runId, RunState.DONE, findings, null);
    }

    public void fail(String runId, RunFindings findings, String error) {
        end(runId, RunState.FAILED, findings, error);
    }

    /**
     * Until when the shop's updated orders were last checked for refunds and cancellations; empty before the first
     * check. Kept as an item of this table whose id starts with {@code cursor|}: it is never queued and never
     * expires.
     */
    public Optional<Instant> updatesCheckedUntil(String shop) {
        ReconciliationItem item = table.getItem(
                r -> r.key(Key.builder().partitionValue(CURSOR + shop).build()).consistentRead(true));
        return Optional.ofNullable(item).map(ReconciliationItem::getWindowTo).map(Instant::parse);
    }

    public void recordUpdatesCheckedUntil(String shop, Instant until) {
        ReconciliationItem item = new ReconciliationItem();
        item.setRunId(CURSOR + shop);
        item.setShop(shop);
        item.setWindowTo(until.toString());
        table.putItem(item);
    }

    public Optional<ReconciliationRun> find(String runId) {
        if (runId.startsWith(CURSOR)) {
            return Optional.empty();
        }
        ReconciliationItem item = table.getItem(
                r -> r.key(Key.builder().partitionValue(runId).build()).consistentRead(true));
        return Optional.ofNullable(item).map(Reconciliations::run);
    }

    /** The newest run of every shop, requested or scheduled; empty when none ran within {@link #RETENTION}. */
    public Optional<ReconciliationRun> latest() {
        return recent(null, 1).stream().findFirst();
    }

    /**
     * Runs of every shop, newest first, at most {@code limit}, older than the run {@code beforeRunId} (exclusive;
     * null: from the newest). One Query per UTC day on the {@code by-day} index, from that run's day (or today) back
     * to the oldest day a run can still be kept, stopping as soon as {@code limit} runs are read; a page goes on
     * from the last run it showed.
     */
    public List<ReconciliationRun> recent(String beforeRunId, int limit) {
        requireLimit(limit);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate oldest = today.minusDays(RETENTION.toDays());
        LocalDate day = beforeRunId == null ? today : dayOf(beforeRunId);
        List<ReconciliationRun> runs = new ArrayList<>();
        for (; !day.isBefore(oldest) && runs.size() < limit; day = day.minusDays(1)) {
            Key.Builder key = Key.builder().partitionValue(day.toString());
            QueryConditional condition = beforeRunId == null
                    ? QueryConditional.keyEqualTo(key.build())
                    : QueryConditional.sortLessThan(key.sortValue(beforeRunId).build());
            collect(byDay, condition, limit, runs);
        }
        return List.copyOf(runs);
    }

    /**
     * One shop's runs, newest first, at most {@code limit}, older than {@code beforeRunId} (exclusive; null: from the
     * newest): one Query on the {@code by-shop} index. Only runs asked for that shop are listed; scheduled runs
     * cover every shop and name none.
     */
    public List<ReconciliationRun> forShop(String shop, String beforeRunId, int limit) {
        requireLimit(limit);
        // Run ids start with a digit, so every run sorts before the shop's cursor item ("cursor|...").
        String bound = beforeRunId == null ? CURSOR : beforeRunId;
        QueryConditional condition = QueryConditional.sortLessThan(
                Key.builder().partitionValue(shop).sortValue(bound).build());
        List<ReconciliationRun> runs = new ArrayList<>();
        collect(byShop, condition, limit, runs);
        return List.copyOf(runs);
    }

    private static void collect(
            DynamoDbIndex<ReconciliationItem> index,
            QueryConditional condition,
            int limit,
            List<ReconciliationRun> runs) {
        for (var page : index.query(
                r -> r.queryConditional(condition).scanIndexForward(false).limit(limit - runs.size()))) {
            for (ReconciliationItem item : page.items()) {
                if (runs.size() < limit) {
                    runs.add(run(item));
                }
            }
            if (runs.size() >= limit) {
                return;
            }
        }
    }

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a list of runs needs a limit of at least 1, got " + limit);
        }
    }

    /** The UTC day a run was requested on, read from its id ({@code 20261124T101500Z-...}). */
    static LocalDate dayOf(String runId) {
        try {
            return LocalDate.parse(runId.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a run id (e.g. 20261124T101500Z-3f2a9c1e): " + runId, e);
        }
    }

    private void end(String runId, RunState state, RunFindings findings, String error) {
        ReconciliationItem update = new ReconciliationItem();
        update.setRunId(runId);
        update.setState(state.name());
        update.setFinishedAt(clock.millis());
        update.setError(error);
        write(update, findings);
        table.updateItem(r -> r.item(update).ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY));
    }

    private ReconciliationItem newItem(String shop, Instant from, Instant to, RunTrigger trigger, String by) {
        Instant now = clock.instant();
        ReconciliationItem item = new ReconciliationItem();
        item.setRunId(
                RUN_ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8));
        item.setRunDay(LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
        item.setShop(shop);
        item.setWindowFrom(from.toString());
        item.setWindowTo(to.toString());
        item.setTrigger(trigger.name());
        item.setRequestedBy(by);
        item.setRequestedAt(now.toEpochMilli());
        item.setExpiresAt(now.plus(RETENTION).getEpochSecond());
        write(item, RunFindings.NONE);
        return item;
    }

    private void put(ReconciliationItem item) {
        table.putItem(r -> r.item(item)
                .conditionExpression(Expression.builder()
                        .expression("attribute_not_exists(runId)")
                        .build()));
    }

    private static void write(ReconciliationItem item, RunFindings findings) {
        item.setHoursTotal(findings.hoursTotal());
        item.setHoursChecked(findings.hoursChecked());
        item.setHoursProven(findings.hoursProven());
        item.setSourceOrders(findings.sourceOrders());
        item.setMissingOrders(findings.missingOrders());
        item.setMissingRefunds(findings.missingRefunds());
        item.setMissingCancellations(findings.missingCancellations());
        item.setStalledOrders(findings.stalledOrders());
        item.setSubscriptionsRecreated(findings.subscriptionsRecreated());
        item.setProblems(findings.problems());
    }

    private static ReconciliationRun run(ReconciliationItem item) {
        RunFindings findings = new RunFindings(
                orZero(item.getHoursTotal()),
                orZero(item.getHoursChecked()),
                orZero(item.getHoursProven()),
                orZero(item.getSourceOrders()),
                orZero(item.getMissingOrders()),
                orZero(item.getMissingRefunds()),
                orZero(item.getMissingCancellations()),
                orZero(item.getStalledOrders()),
                item.getSubscriptionsRecreated() == null ? List.of() : item.getSubscriptionsRecreated(),
                item.getProblems() == null ? List.of() : item.getProblems());
        return new ReconciliationRun(
                item.getRunId(),
                item.getShop(),
                Instant.parse(item.getWindowFrom()),
                Instant.parse(item.getWindowTo()),
                RunTrigger.valueOf(item.getTrigger()),
                RunState.valueOf(item.getState()),
                item.getRequestedBy(),
                millis(item.getRequestedAt()),
                millis(item.getStartedAt()),
                millis(item.getFinishedAt()),
                findings,
                item.getError());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Instant millis(Long value) {
        return value == null ? null : Instant.ofEpochMilli(value);
    }
}
