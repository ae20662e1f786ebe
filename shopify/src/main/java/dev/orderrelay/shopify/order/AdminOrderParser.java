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
 * lines by the numeric tail of the line item's global id.
 */
public final class AdminOrderParser {

    public ShopifyOrder parse(String body) {
        PayloadNode order = PayloadNode.parse(body);
        if (!order.has("legacyResourceId") && (order.has("data") || order.has("order"))) {
            throw new InvalidPayloadException("payload is wrapped: an admin-graphql body is the 'order' object itself,"
                    + " not the GraphQL answer around it");
        }
        String id = order.legacyId("legacyResourceId");
        String name = order.text("name");
        Instant createdAt = order.time("createdAt");
        List<ShopifyOrder.LineItem> lines = new ArrayList<>();
        BigDecimal lineTax = BigDecimal.ZERO;
        for (PayloadNode node : order.child("lineItems").elements("nodes")) {
            lines.add(lineItem(node));
            for (PayloadNode tax : node.elements("taxLines")) {
                lineTax = lineTax.add(shopMoney(tax, "priceSet"));
            }
        }
        String financialStatus = order.text("displayFinancialStatus").toLowerCase(Locale.ROOT);
        String currency = order.text("currencyCode");
        boolean test = order.bool("test");
        List<ShopifyRefund> refunds = new ArrayList<>();
        for (PayloadNode refund : order.elements("refunds")) {
            refunds.add(refund(refund, id, currency, test, lines));
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
                shopMoney(order, "totalPriceSet"),
                shopMoney(order, "subtotalPriceSet"),
                optionalShopMoney(order, "totalTaxSet"),
                lineTax,
                order.bool("taxesIncluded"),
                optionalShopMoney(order, "totalShippingPriceSet"),
                optionalShopMoney(order, "totalDiscountsSet"),
                order.strings("discountCodes"),
                lines,
                refunds);
    }

    private static ShopifyOrder.LineItem lineItem(PayloadNode node) {
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
                shopMoney(node, "originalUnitPriceSet"),
                optionalShopMoney(node, "totalDiscountSet"));
    }

    private static ShopifyRefund refund(
            PayloadNode refund, String orderId, String currency, boolean test, List<ShopifyOrder.LineItem> lines) {
        String id = refund.legacyId("legacyResourceId");
        Instant createdAt = refund.time("createdAt");
        List<ShopifyRefund.Line> refunded = new ArrayList<>();
        for (PayloadNode node : refund.child("refundLineItems").elements("nodes")) {
            String lineItemId = node.child("lineItem").gidTail("id");
            refunded.add(new ShopifyRefund.Line(
                    lineItemId,
                    node.count("quantity"),
                    shopMoney(node, "subtotalSet"),
                    optionalShopMoney(node, "totalTaxSet"),
                    lines.stream()
                            .filter(line -> line.id().equals(lineItemId))
                            .findFirst()
                            .orElse(null)));
        }
        PayloadNode totalRefunded = refund.child("totalRefundedSet").child("shopMoney");
        BigDecimal total = totalRefunded.has("amount") ? totalRefunded.decimal("amount") : null;
        return new ShopifyRefund(id, orderId, createdAt, currency, test, total, refunded);
    }

    /** {@code <set>.shopMoney.amount}, which must be there. */
    private static BigDecimal shopMoney(PayloadNode node, String set) {
        return node.child(set).child("shopMoney").decimal("amount");
    }

    /** {@code <set>.shopMoney.amount}, zero when the set is missing or null. */
    private static BigDecimal optionalShopMoney(PayloadNode node, String set) {
        return node.child(set).child("shopMoney").optionalDecimal("amount");
    }
}
