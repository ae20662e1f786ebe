package dev.orderrelay.worker.process;

import dev.orderrelay.shopify.order.ShopifyOrder;
import java.util.Map;

/**
 * A shop's rules for purchases, read from its policy map: {@code purchaseOn} ({@code paid}, the default: when
 * first seen paid or authorized; or {@code create}: on any first sight) and {@code includeTestOrders}
 * ({@code false} by default).
 */
public record PurchasePolicy(boolean onCreate, boolean includeTestOrders) {

    public static PurchasePolicy from(Map<String, String> policy) {
        return new PurchasePolicy(
                "create".equalsIgnoreCase(policy.getOrDefault("purchaseOn", "paid")),
                Boolean.parseBoolean(policy.getOrDefault("includeTestOrders", "false")));
    }

    /** Whether this sight of {@code order} makes it a purchase; the ledger then keeps it to one per destination. */
    public boolean isPurchase(ShopifyOrder order) {
        if (order.test() && !includeTestOrders) {
            return false;
        }
        return onCreate || order.isPaidOrAuthorized();
    }
}
