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
 *
 * <p>Amounts are read in one currency ({@link ReportingCurrency}): the shop's ({@code currency}; each set's
 * {@code shop_money}, else the plain field) or, asked for and different, the buyer's ({@code presentment_currency};
 * each set's {@code presentment_money}, which must then be there).
 */
public final class RestOrderParser {

    /** The order with its amounts in the shop's currency. */
    public ShopifyOrder parse(String body) {
        return parse(body, ReportingCurrency.SHOP);
    }

    /** The order with its amounts in {@code currency}. */
    public ShopifyOrder parse(String body, ReportingCurrency currency) {
        PayloadNode root = PayloadNode.parse(body);
        // Checked in reading order, so the first problem of a payload is the one named.
        String id = root.id("id");
        String name = root.text("name");
        Instant createdAt = root.time("created_at");
        String shopCurrency = root.text("currency");
        RestMoney money = RestMoney.of(currency, shopCurrency, root.optionalText("presentment_currency"));
        List<ShopifyOrder.LineItem> lines = new ArrayList<>();
        for (PayloadNode item : root.elements("line_items")) {
            lines.add(lineItem(item, money));
        }
        String financialStatus = root.text("financial_status").toLowerCase(Locale.ROOT);
        String reported = money == RestMoney.PRESENTMENT ? root.text("presentment_currency") : shopCurrency;
        boolean test = root.bool("test");
        List<ShopifyRefund> refunds = new ArrayList<>();
        for (PayloadNode refund : root.elements("refunds")) {
            refunds.add(RestRefundParser.refundOfOrder(refund, id, reported, test, lines, money));
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
                reported,
                money.required(root, "total_price_set", "total_price"),
                money.has(root, "subtotal_price_set", "subtotal_price")
                        ? money.required(root, "subtotal_price_set", "subtotal_price")
                        : linesAfterDiscounts(lines),
                money.optional(root, "total_tax_set", "total_tax"),
                lineTax(root.elements("line_items"), money),
                root.bool("taxes_included"),
                shipping(root, money),
                money.optional(root, "total_discounts_set", "total_discounts"),
                discountCodes(root),
                lines,
                refunds);
    }

    /** One REST line item: of the order, or embedded in a refund line. */
    static ShopifyOrder.LineItem lineItem(PayloadNode item, RestMoney money) {
        return new ShopifyOrder.LineItem(
                item.id("id"),
                item.optionalId("product_id"),
                item.optionalId("variant_id"),
                item.optionalText("sku"),
                item.optionalText("title") == null ? "" : item.optionalText("title"),
                item.optionalText("variant_title"),
                item.optionalText("vendor"),
                item.integer("quantity", 1),
                money.required(item, "price_set", "price"),
                lineDiscount(item, money));
    }

    /** Discount allocations are the current field; {@code total_discount} the older one. */
    private static BigDecimal lineDiscount(PayloadNode item, RestMoney money) {
        List<PayloadNode> allocations = item.elements("discount_allocations");
        if (allocations.isEmpty()) {
            return money.optional(item, "total_discount_set", "total_discount");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (PayloadNode allocation : allocations) {
            sum = sum.add(money.optional(allocation, "amount_set", "amount"));
        }
        return sum;
    }

    private static BigDecimal lineTax(List<PayloadNode> items, RestMoney money) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PayloadNode item : items) {
            for (PayloadNode tax : item.elements("tax_lines")) {
                sum = sum.add(money.optional(tax, "price_set", "price"));
            }
        }
        return sum;
    }

    private static BigDecimal shipping(PayloadNode root, RestMoney money) {
        if (money.has(root, "total_shipping_price_set", null)) {
            return money.optional(root, "total_shipping_price_set", null);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (PayloadNode line : root.elements("shipping_lines")) {
            sum = sum.add(money.optional(line, "price_set", "price"));
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
