package dev.orderrelay.shopify.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One Shopify refund of an order: inside an order payload (either format) or alone ({@code refunds/create}).
 * Amounts are Shopify's, in {@code currency}.
 *
 * @param id the refund's numeric id, a string
 * @param orderId the refunded order's id
 * @param createdAt when the refund was made
 * @param currency the ISO 4217 code of every amount here: the currency the parser was asked for where the payload
 *     states it (the order's currency, the lines' {@code shop_money} or {@code presentment_money}), else that of the
 *     refund's transactions
 * @param test whether Shopify marked it a test: the order's flag, or for a refund read alone its transactions'
 * @param total the money that went back, or null when the payload does not state it in {@code currency} (then the
 *     lines' amounts are all there is to go by)
 * @param lines the refunded lines; empty for a refund of an amount, or of shipping alone
 */
public record ShopifyRefund(
        String id,
        String orderId,
        Instant createdAt,
        String currency,
        boolean test,
        BigDecimal total,
        List<Line> lines) {

    /**
     * One refunded line.
     *
     * @param lineItemId the id of the order's line item it refunds
     * @param quantity how many units went back
     * @param subtotal what the units cost after discounts; tax included when the order's taxes are
     * @param tax the tax refunded on them
     * @param lineItem the order's line it refunds, or null when the payload neither holds nor references it
     */
    public record Line(
            String lineItemId, int quantity, BigDecimal subtotal, BigDecimal tax, ShopifyOrder.LineItem lineItem) {}

    public ShopifyRefund {
        lines = List.copyOf(lines);
    }

    /** How many units the refund returns, over all its lines. */
    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }
}
