package dev.orderrelay.shopify.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a REST-format Shopify order: the body of {@code orders/create}, {@code orders/paid}, {@code orders/updated}
 * and {@code orders/cancelled}, with its {@code refunds} once it has some. What the pipeline cannot do without (id,
 * name, times, status, currency, total, lines) is an {@link InvalidPayloadException} whose message names the field;
 * amounts a trimmed payload may lack (tax, shipping, discounts) count as zero, and a missing subtotal as the lines'
 * sum.
 */
public final class RestOrderParser {

    public ShopifyOrder parse(String body) {
        PayloadNode root = PayloadNode.parse(body);
        // Checked in reading order, so the first problem of a payload is the one named.
        String id = root.id("id");
        String name = root.text("name");
        Instant createdAt = root.time("created_at");
        List<ShopifyOrder.LineItem> lines = new ArrayList<>();
        for (PayloadNode item : root.elements("line_items")) {
            lines.add(lineItem(item));
        }
        String financialStatus = root.text("financial_status").toLowerCase(Locale.ROOT);
        String currency = root.text("currency");
        boolean test = root.bool("test");
        List<ShopifyRefund> refunds = new ArrayList<>();
        for (PayloadNode refund : root.elements("refunds")) {
            refunds.add(RestRefundParser.refundOfOrder(refund, id, currency, test, lines));
        }
        return new ShopifyOrder(
                id,
                name,
                createdAt,
                root.optionalTime("updated_at"),
                root.has("processed_at") ? root.time("processed_at") : createdAt,
                root.optionalTime("cancelled_at"),
                financialStatus,
                test,
                root.optionalText("source_name"),
                root.child("customer").optionalId("id"),
                currency,
                root.decimal("total_price"),
                root.has("subtotal_price") ? root.decimal("subtotal_price") : linesAfterDiscounts(lines),
                root.optionalDecimal("total_tax"),
                lineTax(root.elements("line_items")),
                root.bool("taxes_included"),
                shipping(root),
                root.optionalDecimal("total_discounts"),
                discountCodes(root),
                lines,
                refunds);
    }

    /** One REST line item: of the order, or embedded in a refund line. */
    static ShopifyOrder.LineItem lineItem(PayloadNode item) {
        return new ShopifyOrder.LineItem(
                item.id("id"),
                item.optionalId("product_id"),
                item.optionalId("variant_id"),
                item.optionalText("sku"),
                item.optionalText("title") == null ? "" : item.optionalText("title"),
                item.optionalText("variant_title"),
                item.optionalText("vendor"),
                item.integer("quantity", 1),
                item.decimal("price"),
                lineDiscount(item));
    }

    /** Discount allocations are the current field; {@code total_discount} the older one. */
    private static BigDecimal lineDiscount(PayloadNode item) {
        List<PayloadNode> allocations = item.elements("discount_allocations");
        if (allocations.isEmpty()) {
            return item.optionalDecimal("total_discount");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (PayloadNode allocation : allocations) {
            sum = sum.add(allocation.optionalDecimal("amount"));
        }
        return sum;
    }

    private static BigDecimal lineTax(List<PayloadNode> items) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PayloadNode item : items) {
            for (PayloadNode tax : item.elements("tax_lines")) {
                sum = sum.add(tax.optionalDecimal("price"));
            }
        }
        return sum;
    }

    private static BigDecimal shipping(PayloadNode root) {
        PayloadNode set = root.child("total_shipping_price_set").child("shop_money");
        if (set.has("amount")) {
            return set.decimal("amount");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (PayloadNode line : root.elements("shipping_lines")) {
            sum = sum.add(line.optionalDecimal("price"));
        }
        return sum;
    }

    private static List<String> discountCodes(PayloadNode root) {
        List<String> found = new ArrayList<>();
        for (PayloadNode code : root.elements("discount_codes")) {
            String text = code.optionalText("code");
            if (text != null) {
                found.add(text);
            }
        }
        return found;
    }

    private static BigDecimal linesAfterDiscounts(List<ShopifyOrder.LineItem> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ShopifyOrder.LineItem line : lines) {
            sum = sum.add(line.price().multiply(BigDecimal.valueOf(line.quantity())))
                    .subtract(line.discount());
        }
        return sum;
    }
}
