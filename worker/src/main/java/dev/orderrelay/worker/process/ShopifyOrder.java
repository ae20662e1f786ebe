package dev.orderrelay.worker.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The parts of a Shopify order the pipeline uses; ids are strings because they exceed 2^53. No customer contact
 * data is kept (the customer's id is an identifier, not contact data): nothing downstream of the parser needs it.
 * Amounts are in the shop's currency.
 *
 * @param processedAt when the order was processed (differs from {@code createdAt} for imported orders)
 * @param financialStatus e.g. {@code pending}, {@code authorized}, {@code paid}; lower case
 * @param sourceName the sales channel ({@code web}, {@code pos}, ...), or null
 * @param customerId the customer's id, or null for a guest
 * @param totalPrice the order total in {@code currency}, tax and shipping included
 * @param subtotalPrice the lines after discounts, before shipping; tax included when {@code taxesIncluded}
 * @param totalTax all tax, lines and shipping
 * @param lineTax the tax on the lines alone
 * @param totalShipping shipping charged
 * @param totalDiscounts all discounts
 * @param discountCodes the codes used, in order
 */
public record ShopifyOrder(
        String id,
        String name,
        Instant createdAt,
        Instant processedAt,
        String financialStatus,
        boolean test,
        String sourceName,
        String customerId,
        String currency,
        BigDecimal totalPrice,
        BigDecimal subtotalPrice,
        BigDecimal totalTax,
        BigDecimal lineTax,
        boolean taxesIncluded,
        BigDecimal totalShipping,
        BigDecimal totalDiscounts,
        List<String> discountCodes,
        List<LineItem> lineItems) {

    /**
     * One line of the order.
     *
     * @param discount the discounts allocated to the whole line
     */
    public record LineItem(
            String id,
            String productId,
            String variantId,
            String sku,
            String title,
            String variantTitle,
            String vendor,
            int quantity,
            BigDecimal price,
            BigDecimal discount) {}

    public ShopifyOrder {
        lineItems = List.copyOf(lineItems);
        discountCodes = List.copyOf(discountCodes);
    }

    /** Paid or authorized: money was committed, so this is a purchase. */
    public boolean isPaidOrAuthorized() {
        return switch (financialStatus) {
            case "paid", "authorized", "partially_paid", "partially_refunded", "refunded" -> true;
            default -> false;
        };
    }

    /** The revenue analytics tools count: the lines after discounts, without shipping and tax. */
    public BigDecimal revenue() {
        return taxesIncluded ? subtotalPrice.subtract(lineTax) : subtotalPrice;
    }
}
