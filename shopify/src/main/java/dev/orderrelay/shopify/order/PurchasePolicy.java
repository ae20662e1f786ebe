package dev.orderrelay.shopify.order;

import java.util.Map;

/**
 * A shop's rules for purchases, read from its policy map: {@code purchaseOn} ({@code paid}, the default: when
 * first seen paid or authorized; or {@code create}: on any first sight) and {@code includeTestOrders}
 * ({@code false} by default). The worker decides purchases with it and the reconciler counts its denominator with it,
 * so an order counts as eligible exactly when the worker sends its purchase.
 */
public record PurchasePolicy(boolean onCreate, boolean includeTestOrders) {

    public static PurchasePolicy from(Map<String, String> policy) {
        return new PurchasePolicy(
                "create".equalsIgnoreCase(policy.getOrDefault("purchaseOn", "paid")),
                Boolean.parseBoolean(policy.getOrDefault("includeTestOrders", "false")));
    }

    /** Whether this sight of {@code order} makes it a purchase; the ledger then keeps it to one per destination. */
    public boolean isPurchase(ShopifyOrder order) {
        return isPurchase(order.test(), order.financialStatus());
    }

    /** The same for an order known only by its test flag and lower-case financial status, as listings give them. */
    public boolean isPurchase(boolean test, String financialStatus) {
        if (test && !includeTestOrders) {
            return false;
        }
        return onCreate || ShopifyOrder.isPaidOrAuthorized(financialStatus);
    }
}
