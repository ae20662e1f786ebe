package dev.orderrelay.ledger;

/**
 * The ledger's table names. The same names are created by the infrastructure on AWS and by the devstack locally.
 *
 * @param seenDeliveries platform deliveries already processed, by shop and webhook id, with a TTL
 * @param orders one item per order: when the source created it, when we first saw and processed it
 * @param deliveries one item per order, destination and event: its delivery state and claim
 */
public record LedgerTables(String seenDeliveries, String orders, String deliveries) {

    public static final LedgerTables DEFAULT = withPrefix("order-relay-");

    public LedgerTables {
        requireName(seenDeliveries, "seenDeliveries");
        requireName(orders, "orders");
        requireName(deliveries, "deliveries");
    }

    /** Table names with a common prefix, e.g. {@code order-relay-} or {@code staging-order-relay-}. */
    public static LedgerTables withPrefix(String prefix) {
        return new LedgerTables(prefix + "seen-deliveries", prefix + "orders", prefix + "deliveries");
    }

    private static void requireName(String name, String component) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{3,255}")) {
            throw new IllegalArgumentException("ledger table name for " + component
                    + " must be 3-255 letters, digits, '_', '-' or '.', got '" + name + "'");
        }
    }
}
