package dev.orderrelay.worker.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The parts of a Shopify order the pipeline uses; ids are strings because they exceed 2^53. No customer data is
 * kept: nothing downstream of the parser needs it.
 *
 * @param financialStatus e.g. {@code pending}, {@code authorized}, {@code paid}; lower case
 * @param totalPrice the order total in {@code currency}, tax and shipping included
 */
public record ShopifyOrder(
        String id,
        String name,
        Instant createdAt,
        String financialStatus,
        boolean test,
        String currency,
        BigDecimal totalPrice,
        List<LineItem> lineItems) {

    /** One line of the order. */
    public record LineItem(
            String id, String productId, String variantId, String sku, String title, int quantity, BigDecimal price) {}

    public ShopifyOrder {
        lineItems = List.copyOf(lineItems);
    }

    /** Paid or authorized: money was committed, so this is a purchase. */
    public boolean isPaidOrAuthorized() {
        return switch (financialStatus) {
            case "paid", "authorized", "partially_paid", "partially_refunded", "refunded" -> true;
            default -> false;
        };
    }
}
