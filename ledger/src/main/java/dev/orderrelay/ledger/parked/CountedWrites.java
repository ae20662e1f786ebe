package dev.orderrelay.ledger.parked;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Writes a parked event and its counter change in one {@code TransactWriteItems}, so the count moves exactly when the
 * event does. DynamoDB cancels a transaction that meets another one on the same item ({@code TransactionConflict});
 * that is retried a bounded number of times with a short jittered pause. A failed condition on the event (someone
 * else changed it first) is not an error: it is the answer {@code false}, and nothing was written.
 */
public final class CountedWrites {

    private static final int ATTEMPTS = 10;

    private final DynamoDbClient dynamoDb;
    private final OpenCounts counts;

    public CountedWrites(DynamoDbClient dynamoDb, OpenCounts counts) {
        this.dynamoDb = dynamoDb;
        this.counts = counts;
    }

    /**
     * Writes {@code event} (which carries its own condition) and, when {@code countKey} is not null, adds
     * {@code delta} to that count. Returns false when the event's condition failed.
     */
    public boolean write(TransactWriteItem event, String countKey, long delta) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(event);
        if (countKey != null) {
            items.add(counts.change(countKey, delta));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.transactWriteItems(b -> b.transactItems(items));
                return true;
            } catch (TransactionCanceledException cancelled) {
                List<CancellationReason> reasons = cancelled.cancellationReasons();
                if (!reasons.isEmpty()
                        && "ConditionalCheckFailed".equals(reasons.get(0).code())) {
                    return false;
                }
                boolean conflict = reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
                if (!conflict || attempt >= ATTEMPTS) {
                    throw cancelled;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 10L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a parked event's write", e);
        }
    }
}
