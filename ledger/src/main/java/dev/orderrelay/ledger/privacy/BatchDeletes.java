package dev.orderrelay.ledger.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Deletes items of one table by their keys, 25 to a {@code BatchWriteItem} (DynamoDB's limit), sending again what
 * DynamoDB left unprocessed a bounded number of times. Deleting a key that is already gone is not an error, so a
 * repeated erasure costs nothing more than its calls.
 */
final class BatchDeletes {

    private static final int BATCH = 25;
    private static final int ROUNDS = 8;

    private final DynamoDbClient dynamoDb;
    private final String table;

    BatchDeletes(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Deletes the items with these keys; returns how many keys it was given. */
    int delete(List<Map<String, AttributeValue>> keys) {
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<WriteRequest> batch = new ArrayList<>();
            for (Map<String, AttributeValue> key : keys.subList(from, Math.min(keys.size(), from + BATCH))) {
                batch.add(WriteRequest.builder()
                        .deleteRequest(DeleteRequest.builder().key(key).build())
                        .build());
            }
            write(batch);
        }
        return keys.size();
    }

    private void write(List<WriteRequest> batch) {
        List<WriteRequest> pending = batch;
        for (int round = 0; round < ROUNDS && !pending.isEmpty(); round++) {
            List<WriteRequest> sending = pending;
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(b -> b.requestItems(Map.of(table, sending)));
            pending = response.hasUnprocessedItems()
                    ? response.unprocessedItems().getOrDefault(table, List.of())
                    : List.of();
            if (!pending.isEmpty()) {
                pause(round);
            }
        }
        if (!pending.isEmpty()) {
            // The message goes back to its queue and the erasure resumes where it stopped.
            throw new IllegalStateException(pending.size() + " deletes from " + table
                    + " stayed unprocessed (throttled); the erasure will be retried");
        }
    }

    /** DynamoDB leaves items unprocessed when throttled; it asks for a back-off before they are sent again. */
    private static void pause(int round) {
        try {
            Thread.sleep(50L << round);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deleting", e);
        }
    }
}
