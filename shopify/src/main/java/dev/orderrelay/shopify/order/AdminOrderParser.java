package dev.orderrelay.shopify.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the {@code admin-graphql} order body: the {@code order} object exactly as the {@code Order.graphql} document
 * of {@code dev.orderrelay.shopify.admin} returns it, every line item page merged into {@code lineItems.nodes} and
 * every refund's lines into its {@code refundLineItems.nodes}. It gives the same {@link ShopifyOrder} as the REST
 * webhook body of the same order: the id is {@code legacyResourceId}, amounts are {@code shopMoney},
 * {@code displayFinancialStatus} is spelled as REST spells {@code financial_status}, and refund lines find their order
 * lines by the numeric tail of the line item's global id. With {@link ReportingCurrency#PRESENTMENT}, an order whose
 * {@code presentmentCurrencyCode} differs from its {@code currencyCode} is read in {@code presentmentMoney} instead,
 * as the REST parser reads {@code presentment_money}.
 */
public final class AdminOrderParser {

    /** The order with its amounts in the shop's currency. */
    public ShopifyOrder parse(String body) {
        return parse(body, ReportingCurrency.SHOP);
    }

    /** The order with its amounts in {@code wanted}. */
    public ShopifyOrder parse(String body, ReportingCurrency wanted) {
        PayloadNode order = PayloadNode.parse(body);
        if (!order.has("legacyResourceId") && (order.has("data") || order.has("order"))) {
            throw new InvalidPayloadException("payload is wrapped: an admin-graphql body is the 'order' object itself,"
                    + " not the GraphQL answer around it");
        }
        String id = order.legacyId("legacyResourceId");
        String name = order.text("name");
        Instant createdAt = order.time("createdAt");
        String shopCurrency = order.text("currencyCode");
        String presentmentCurrency = order.optionalText("presentmentCurrencyCode");
        Money money = wanted == ReportingCurrency.PRESENTMENT
                        && presentmentCurrency != null
                        && !presentmentCurrency.equals(shopCurrency)
                ? Money.PRESENTMENT
                : Money.SHOP;
        List<ShopifyOrder.LineItem> lines = new ArrayList<>();
        BigDecimal lineTax = BigDecimal.ZERO;
        for (PayloadNode node : order.child("lineItems").elements("nodes")) {
            lines.add(lineItem(node, money));
            for (PayloadNode tax : node.elements("taxLines")) {
                lineTax = lineTax.add(money.required(tax, "priceSet"));
            }
        }
        String financialStatus = order.text("displayFinancialStatus").toLowerCase(Locale.ROOT);
        String currency = money == Money.PRESENTMENT ? presentmentCurrency : shopCurrency;
        boolean test = order.bool("test");
        List<ShopifyRefund> refunds = new ArrayList<>();
        for (PayloadNode refund : order.elements("refunds")) {
            refunds.add(refund(refund, id, currency, test, lines, money));
        }
        return new ShopifyOrder(
                id,
                name,
                createdAt,
                order.time("updatedAt"),
                order.has("processedAt") ? order.time("processedAt") : createdAt,
                order.optionalTime("cancelledAt"),
                financialStatus,
                test,
                order.optionalText("sourceName"),
                order.child("customer").optionalLegacyId("legacyResourceId"),
                currency,
                money.required(order, "totalPriceSet"),
                money.required(order, "subtotalPriceSet"),
                money.optional(order, "totalTaxSet"),
                lineTax,
                order.bool("taxesIncluded"),
                money.optional(order, "totalShippingPriceSet"),
                money.optional(order, "totalDiscountsSet"),
                order.strings("discountCodes"),
                lines,
                refunds);
    }

    private static ShopifyOrder.LineItem lineItem(PayloadNode node, Money money) {
        String title = node.optionalText("title");
        return new ShopifyOrder.LineItem(
                node.gidTail("id"),
                node.child("product").optionalLegacyId("legacyResourceId"),
                node.child("variant").optionalLegacyId("legacyResourceId"),
                node.optionalText("sku"),
                title == null ? "" : title,
                node.optionalText("variantTitle"),
                node.optionalText("vendor"),
                node.integer("quantity", 1),
                money.required(node, "originalUnitPriceSet"),
                money.optional(node, "totalDiscountSet"));
    }

    private static ShopifyRefund refund(
            PayloadNode refund,
            String orderId,
            String currency,
            boolean test,
            List<ShopifyOrder.LineItem> lines,
            Money money) {
        String id = refund.legacyId("legacyResourceId");
        Instant createdAt = refund.time("createdAt");
        List<ShopifyRefund.Line> refunded = new ArrayList<>();
        for (PayloadNode node : refund.child("refundLineItems").elements("nodes")) {
            String lineItemId = node.child("lineItem").gidTail("id");
            refunded.add(new ShopifyRefund.Line(
                    lineItemId,
                    node.count("quantity"),
                    money.required(node, "subtotalSet"),
                    money.optional(node, "totalTaxSet"),
                    lines.stream()
                            .filter(line -> line.id().equals(lineItemId))
                            .findFirst()
                            .orElse(null)));
        }
        PayloadNode totalRefunded = refund.child("totalRefundedSet").child(money.side);
        BigDecimal total = totalRefunded.has("amount") ? totalRefunded.decimal("amount") : null;
        return new ShopifyRefund(id, orderId, createdAt, currency, test, total, refunded);
    }

    /** One side of the Admin API's {@code MoneyBag}s. */
    private enum Money {
        SHOP("shopMoney"),
        PRESENTMENT("presentmentMoney");

        private final String side;

        Money(String side) {
            this.side = side;
        }

        /** {@code <set>.<side>.amount}, which must be there. */
        BigDecimal required(PayloadNode node, String set) {
            return node.child(set).child(side).decimal("amount");
        }

        /** {@code <set>.<side>.amount}, zero when the set is missing or null. */
        BigDecimal optional(PayloadNode node, String set) {
            return node.child(set).child(side).optionalDecimal("amount");
        }
    }
}
