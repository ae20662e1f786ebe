package dev.orderrelay.ledger;

/**
 * The ledger's table names. The same names are created by the infrastructure on AWS and by the devstack locally.
 *
 * @param shops one item per shop: status, policy, destinations
 * @param seenDeliveries platform deliveries already processed, by shop and webhook id, with a TTL
 * @param orders one item per order: when the source created it, when we first saw and processed it
 * @param deliveries one item per order, destination and event: its delivery state and claim
 * @param parked events given up on, per shop, with their reason and the message to replay
 * @param replayJobs support's replays of a filter's worth of parked events: their progress, with a TTL
 * @param audit what support and admins did (replays, discards, shop changes): by day, and by shop through an index
 * @param throughput one row per shop and UTC hour: the reconciler's counts, before and after repair
 * @param reconciliations the reconciler's runs, asked for or scheduled: progress and findings, with a TTL
 * @param locks the lock that keeps to one reconciler at a time (ShedLock's table)
 * @param storedBodies which large bodies (the claim check's S3 objects) belong to which order, per shop, so privacy
 *     requests can find, redact and remove them
 * @param dataRequests exports answering Shopify's {@code customers/data_request}, per shop, with a TTL
 * @param heldEvents events that arrived before their order was processed, by shop and order, until applied
 * @param activity live per-minute counts the workers flush (orders received and processed per shop, events
 *     delivered per destination kind, the oldest message age per queue), for the console's overview, with a TTL
 * @param breakers the circuit breakers of live workers that are not closed, and each worker's count of closed
 *     ones, with a TTL so a dead worker's rows vanish
 * @param deadLetterCounts open parked events counted by stage, destination and reason category, kept in step
 *     with every change of a parked event's status in the same transaction
 */
public record LedgerTables(
        String shops,
        String seenDeliveries,
        String orders,
        String deliveries,
        String parked,
        String replayJobs,
        String audit,
        String throughput,
        String reconciliations,
        String locks,
        String storedBodies,
        String dataRequests,
        String heldEvents,
        String activity,
        String breakers,
        String deadLetterCounts) {

    public static final LedgerTables DEFAULT = withPrefix("order-relay-");

    public LedgerTables {
        requireName(shops, "shops");
        requireName(seenDeliveries, "seenDeliveries");
        requireName(orders, "orders");
        requireName(deliveries, "deliveries");
        requireName(parked, "parked");
        requireName(replayJobs, "replayJobs");
        requireName(audit, "audit");
        requireName(throughput, "throughput");
        requireName(reconciliations, "reconciliations");
        requireName(locks, "locks");
        requireName(storedBodies, "storedBodies");
        requireName(dataRequests, "dataRequests");
        requireName(heldEvents, "heldEvents");
        requireName(activity, "activity");
        requireName(breakers, "breakers");
        requireName(deadLetterCounts, "deadLetterCounts");
    }

    /** Table names with a common prefix, e.g. {@code order-relay-} or {@code staging-order-relay-}. */
    public static LedgerTables withPrefix(String prefix) {
        return new LedgerTables(
                prefix + "shops",
                prefix + "seen-deliveries",
                prefix + "orders",
                prefix + "deliveries",
                prefix + "parked",
                prefix + "replay-jobs",
                prefix + "audit",
                prefix + "throughput",
                prefix + "reconciliations",
                prefix + "locks",
                prefix + "stored-bodies",
                prefix + "data-requests",
                prefix + "held-events",
                prefix + "activity",
                prefix + "breakers",
                prefix + "dead-letter-counts");
    }

    private static void requireName(String name, String component) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{3,255}")) {
            throw new IllegalArgumentException("ledger table name for " + component
                    + " must be 3-255 letters, digits, '_', '-' or '.', got '" + name + "'");
        }
    }
}
