package dev.orderrelay.ledger.privacy;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import dev.orderrelay.ledger.parked.ParkedEvents;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The ledger's part of erasing a shop ({@code shop/redact}), as a list of steps run in order: every table that holds
 * the shop's order or customer data, by key or by an index on {@code shop}. The audit table is left alone on purpose:
 * it keeps the fact of each action, without customer data. A new table that holds a shop's data gets its step
 * here, before the shop's configuration (which goes last, so a run cut short can still tell an uninstalled shop).
 */
public final class ShopErasureSteps {

    private ShopErasureSteps() {}

    /**
     * The steps, in the order they run. Stored bodies' objects in S3 must be removed before this runs: the
     * {@code stored-bodies} index and the parked messages are how they are found.
     */
    public static List<ErasureStep> ledger(DynamoDbClient dynamoDb, LedgerTables tables) {
        return List.of(
                new OrderErasure(dynamoDb, tables),
                new ParkedErasure(dynamoDb, tables.parked(), parkedEvents(dynamoDb, tables)),
                PartitionErasure.ofTable("held events", dynamoDb, tables.heldEvents(), "shop", "heldKey"),
                PartitionErasure.ofIndex(
                        "replay jobs",
                        dynamoDb,
                        tables.replayJobs(),
                        LedgerSchema.REPLAY_JOBS_BY_SHOP_INDEX,
                        "shop",
                        "jobId"),
                PartitionErasure.ofIndex(
                        "seen deliveries",
                        dynamoDb,
                        tables.seenDeliveries(),
                        LedgerSchema.SEEN_DELIVERIES_BY_SHOP_INDEX,
                        "shop",
                        "id"),
                PartitionErasure.ofTable("throughput rows", dynamoDb, tables.throughput(), "shop", "hour"),
                PartitionErasure.ofIndex(
                        "reconciliation runs and cursor",
                        dynamoDb,
                        tables.reconciliations(),
                        LedgerSchema.RECONCILIATIONS_BY_SHOP_INDEX,
                        "shop",
                        "runId"),
                PartitionErasure.ofTable("stored-body index", dynamoDb, tables.storedBodies(), "shop", "entry"),
                PartitionErasure.ofTable("data-request exports", dynamoDb, tables.dataRequests(), "shop", "item"),
                new ShopConfigErasure(dynamoDb, tables));
    }

    /** Parked events for erasing only: deletes take no time from the clock. */
    private static ParkedEvents parkedEvents(DynamoDbClient dynamoDb, LedgerTables tables) {
        return new ParkedEvents(
                DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build(), dynamoDb, tables, Clock.systemUTC());
    }
}
