package dev.orderrelay.ledger.parked;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Replay jobs' progress, one item per job, so every console pod can report a job another pod runs. The job's own
 * runner is the only writer; once finished a job no longer changes. Jobs expire after {@link #RETENTION}: the
 * audit table is the lasting record of who replayed what.
 */
public final class ReplayJobs {

    public static final Duration RETENTION = Duration.ofDays(30);

    private static final Expression RUNNING = Expression.builder()
            .expression("#state = :running")
            .putExpressionName("#state", "state")
            .putExpressionValue(":running", AttributeValue.fromS(ReplayJobState.RUNNING.name()))
            .build();

    private final DynamoDbTable<ReplayJobItem> table;
    private final Clock clock;

    public ReplayJobs(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.replayJobs(), TableSchema.fromBean(ReplayJobItem.class));
        this.clock = clock;
    }

    /** Records a new running job over {@code total} events and returns it. */
    public ReplayJob start(String shop, String filter, int total, String startedBy) {
        Instant now = clock.instant();
        ReplayJobItem item = new ReplayJobItem();
        item.setJobId(UUID.randomUUID().toString());
        item.setShop(Objects.requireNonNull(shop, "shop"));
        item.setFilter(filter);
        item.setState(ReplayJobState.RUNNING.name());
        item.setTotal(total);
        item.setReplayed(0);
        item.setSkipped(0);
        item.setFailed(0);
        item.setStartedBy(Objects.requireNonNull(startedBy, "startedBy"));
        item.setStartedAt(now.toEpochMilli());
        item.setUpdatedAt(now.toEpochMilli());
        item.setExpiresAt(now.plus(RETENTION).getEpochSecond());
        table.putItem(r -> r.item(item)
                .conditionExpression(Expression.builder()
                        .expression("attribute_not_exists(jobId)")
                        .build()));
        return job(item);
    }

    /** Records the counts so far; false when the job is no longer running. */
    public boolean progress(String id, ReplayJob.Counts counts) {
        return update(change(id, counts));
    }

    /** Ends a running job with its final counts; {@code error} says why a failed job stopped. */
    public boolean finish(String id, ReplayJobState state, ReplayJob.Counts counts, String error) {
        if (state == ReplayJobState.RUNNING) {
            throw new IllegalArgumentException("a job finishes DONE or FAILED, not RUNNING");
        }
        ReplayJobItem change = change(id, counts);
        change.setState(state.name());
        change.setFinishedAt(change.getUpdatedAt());
        change.setError(error);
        return update(change);
    }

    public Optional<ReplayJob> find(String id) {
        return Optional.ofNullable(table.getItem(
                        r -> r.key(Key.builder().partitionValue(id).build()).consistentRead(true)))
                .map(ReplayJobs::job);
    }

    private ReplayJobItem change(String id, ReplayJob.Counts counts) {
        ReplayJobItem change = new ReplayJobItem();
        change.setJobId(id);
        change.setReplayed(counts.replayed());
        change.setSkipped(counts.skipped());
        change.setFailed(counts.failed());
        change.setUpdatedAt(clock.millis());
        return change;
    }

    private boolean update(ReplayJobItem change) {
        try {
            table.updateItem(r -> r.item(change).ignoreNulls(true).conditionExpression(RUNNING));
            return true;
        } catch (ConditionalCheckFailedException notRunning) {
            return false;
        }
    }

    private static ReplayJob job(ReplayJobItem item) {
        return new ReplayJob(
                item.getJobId(),
                item.getShop(),
                item.getFilter(),
                ReplayJobState.valueOf(item.getState()),
                orZero(item.getTotal()),
                orZero(item.getReplayed()),
                orZero(item.getSkipped()),
                orZero(item.getFailed()),
                item.getStartedBy(),
                instant(item.getStartedAt()),
                instant(item.getUpdatedAt()),
                instant(item.getFinishedAt()),
                item.getError());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
