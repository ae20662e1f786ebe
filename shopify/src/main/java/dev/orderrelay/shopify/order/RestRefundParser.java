package dev.orderrelay.shopify.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a REST Refund resource: the body of {@code refunds/create}, and each element of a REST order's
 * {@code refunds}. Read alone, a refund carries its lines (each with the order's line item it refunds), its amounts
 * and, through its lines' money sets or its transactions, its currency; what it cannot do without (ids, time, lines'
 * subtotals, a currency) is an {@link InvalidPayloadException} naming the field.
 *
 * <p>Amounts are taken in one currency: by default the shop's (a line's {@code subtotal_set.shop_money} before its
 * older {@code subtotal}); with {@link ReportingCurrency#PRESENTMENT}, where the lines state a presentment currency
 * other than the shop's, the buyer's ({@code presentment_money}). Transactions are in the currency the buyer paid
 * in, so they count towards the total only in the refund's currency; the total is the sum of the successful
 * {@code refund} transactions.
 */
public final class RestRefundParser {

    /** The refund with its amounts in the shop's currency. */
    public ShopifyRefund parse(String body) {
        return parse(body, ReportingCurrency.SHOP);
    }

    /** The refund with its amounts in {@code wanted}. */
    public ShopifyRefund parse(String body, ReportingCurrency wanted) {
        PayloadNode root = PayloadNode.parse(body);
        String id = root.id("id");
        String orderId = root.id("order_id");
        Instant createdAt = root.time("created_at");
        List<PayloadNode> lineNodes = root.elements("refund_line_items");
        List<PayloadNode> transactions = root.elements("transactions");
        RestMoney money = RestMoney.of(
                wanted, lineCurrency(lineNodes, RestMoney.SHOP), lineCurrency(lineNodes, RestMoney.PRESENTMENT));
        String currency = currency(root, lineNodes, transactions, money);
        List<ShopifyRefund.Line> lines = new ArrayList<>();
        for (PayloadNode line : lineNodes) {
            PayloadNode embedded = line.child("line_item");
            lines.add(line(line, embedded.has("id") ? RestOrderParser.lineItem(embedded, money) : null, money));
        }
        boolean test = transactions.stream().anyMatch(transaction -> transaction.bool("test"));
        return new ShopifyRefund(id, orderId, createdAt, currency, test, total(transactions, currency), lines);
    }

    /** A refund inside a REST order: currency and test flag are the order's, lines are the order's lines. */
    static ShopifyRefund refundOfOrder(
            PayloadNode refund,
            String orderId,
            String currency,
            boolean test,
            List<ShopifyOrder.LineItem> orderLines,
            RestMoney money) {
        String id = refund.id("id");
        Instant createdAt = refund.time("created_at");
        List<ShopifyRefund.Line> lines = new ArrayList<>();
        for (PayloadNode line : refund.elements("refund_line_items")) {
            String lineItemId = line.id("line_item_id");
            PayloadNode embedded = line.child("line_item");
            ShopifyOrder.LineItem lineItem = orderLines.stream()
                    .filter(candidate -> candidate.id().equals(lineItemId))
                    .findFirst()
                    .orElseGet(() -> embedded.has("id") ? RestOrderParser.lineItem(embedded, money) : null);
            lines.add(line(line, lineItem, money));
        }
        return new ShopifyRefund(
                id, orderId, createdAt, currency, test, total(refund.elements("transactions"), currency), lines);
    }

    private static ShopifyRefund.Line line(PayloadNode line, ShopifyOrder.LineItem lineItem, RestMoney money) {
        return new ShopifyRefund.Line(
                line.id("line_item_id"),
                line.count("quantity"),
                money.required(line, "subtotal_set", "subtotal"),
                money.optional(line, "total_tax_set", "total_tax"),
                lineItem);
    }

    /** The currency the lines' {@code subtotal_set} states on this side, or null. */
    private static String lineCurrency(List<PayloadNode> lines, RestMoney side) {
        for (PayloadNode line : lines) {
            String code = side.currency(line, "subtotal_set");
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String currency(
            PayloadNode root, List<PayloadNode> lines, List<PayloadNode> transactions, RestMoney money) {
        String stated = lineCurrency(lines, money);
        if (stated != null) {
            return stated;
        }
        for (PayloadNode transaction : transactions) {
            String paid = transaction.optionalText("currency");
            if (paid != null) {
                return paid;
            }
        }
        throw root.invalid(
                "transactions",
                "states no currency, and neither does 'refund_line_items[].subtotal_set': the refund's amounts"
                        + " cannot be told apart from another currency's");
    }

    /** The successful refund transactions in {@code currency}; null when there is none. */
    private static BigDecimal total(List<PayloadNode> transactions, String currency) {
        BigDecimal total = null;
        for (PayloadNode transaction : transactions) {
            String transactionCurrency = transaction.optionalText("currency");
            if ("refund".equals(transaction.optionalText("kind"))
                    && "success".equals(transaction.optionalText("status"))
                    && (transactionCurrency == null || transactionCurrency.equals(currency))) {
                BigDecimal amount = transaction.decimal("amount");
                total = total == null ? amount : total.add(amount);
            }
        }
        return total;
    }
}
