package dev.orderrelay.shopify.admin;

/** Whether a count from Shopify is exact or a lower bound (Shopify stops counting at its limit). */
public enum CountPrecision {
    /** The count is the number of matching orders. */
    EXACT,
    /** At least this many orders match. */
    AT_LEAST
}
