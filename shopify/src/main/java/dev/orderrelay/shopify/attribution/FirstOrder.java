package dev.orderrelay.shopify.attribution;

/**
 * Whether an order is its customer's first, from what Shopify says of the customer's order history. Shopify's own
 * position of the order ({@code customerJourneySummary.customerOrderIndex}) is preferred: it describes the order and
 * does not change when the customer orders again. Read as 1-based (1 = first order), which Shopify's reference does
 * not state (see docs/enrichment.md). Without it, the customer's order count ({@code Customer.numberOfOrders}, or the
 * legacy REST {@code customer.orders_count}) says "first" when it is 1 and "not first" when it is more, which is
 * right when read close to the order's creation and may be wrong for an old order read after the customer's later
 * ones.
 */
public final class FirstOrder {

    private FirstOrder() {}

    /**
     * @param customerOrderIndex Shopify's 1-based position of the order in its customer's history, or null
     * @param numberOfOrders the customer's order count, or null
     * @return true for a first order, false for a later one, null when neither says (a guest, no data, nonsense)
     */
    public static Boolean of(Long customerOrderIndex, Long numberOfOrders) {
        if (customerOrderIndex != null && customerOrderIndex >= 1) {
            return customerOrderIndex == 1;
        }
        if (numberOfOrders != null && numberOfOrders >= 1) {
            return numberOfOrders == 1;
        }
        return null;
    }
}
