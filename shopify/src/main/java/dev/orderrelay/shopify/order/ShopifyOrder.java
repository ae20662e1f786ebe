package dev.orderrelay.shopify.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a Shopify order the pipeline uses, whichever format it came in; ids are strings because they exceed
 * 2^53. No customer contact data is kept (the customer's id is an identifier, not contact data): nothing downstream
 * of the parsers needs it. Every amount is in {@code currency}: the shop's, or the buyer's presentment currency when
 * the parser was asked for it ({@link ReportingCurrency}).
 *
 * @param updatedAt when the order last changed; null when a trimmed REST payload does not say
 * @param processedAt when the order was processed (differs from {@code createdAt} for imported orders)
 * @param cancelledAt when the order was cancelled; null if it is not
 * @param financialStatus e.g. {@code pending}, {@code authorized}, {@code paid}; lower case, as REST spells it
 * @param sourceName the sales channel ({@code web}, {@code pos}, ...), or null
 * @param customerId the customer's id, or null for a guest
 * @param currency the ISO 4217 code of every amount here
 * @param totalPrice the order total in {@code currency}, tax and shipping included
 * @param subtotalPrice the lines after discounts, before shipping; tax included when {@code taxesIncluded}
 * @param totalTax all tax, lines and shipping
 * @param lineTax the tax on the lines alone
 * @param totalShipping shipping charged
 * @param totalDiscounts all discounts
 * @param discountCodes the codes used, in order
 * @param refunds the order's refunds so far, oldest first
 */
public record ShopifyOrder(
        String id,
        String name,
        Instant createdAt,
        Instant updatedAt,
        Instant processedAt,
        Instant cancelledAt,
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
        List<LineItem> lineItems,
        List<ShopifyRefund> refunds) {

    /**
     * One line of the order.
     *
     * @param price the unit price before discounts; tax included when the order's {@code taxesIncluded}
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
        refunds = List.copyOf(refunds);
    }

    /** The line with this id, if the order has it. */
    public Optional<LineItem> lineItem(String lineItemId) {
        return lineItems.stream().filter(line -> line.id().equals(lineItemId)).findFirst();
    }

    /** Paid or authorized: money was committed, so this is a purchase. */
    public boolean isPaidOrAuthorized() {
        return isPaidOrAuthorized(financialStatus);
    }

    /** Whether a lower-case financial status means money was committed. */
    public static boolean isPaidOrAuthorized(String financialStatus) {
        return switch (financialStatus) {
            case "paid", "authorized", "partially_paid", "partially_refunded", "refunded" -> true;
            default -> false;
        };
    }

    /** How many units the order's lines hold in all: a refund that returns them all returns the whole order. */
    public int units() {
        return lineItems.stream().mapToInt(LineItem::quantity).sum();
    }

    /** The revenue analytics tools count: the lines after discounts, without shipping and tax. */
    public BigDecimal revenue() {
        return taxesIncluded ? subtotalPrice.subtract(lineTax) : subtotalPrice;
    }
}
