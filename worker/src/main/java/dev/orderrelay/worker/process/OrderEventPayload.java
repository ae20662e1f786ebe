package dev.orderrelay.worker.process;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.core.event.OrderIdentity;
import dev.orderrelay.ledger.orders.RefundAmounts;
import dev.orderrelay.shopify.order.ShopifyOrder;
import dev.orderrelay.shopify.order.ShopifyRefund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every destination receives about an order's purchase or one of its refunds: the {@link OrderEvent}, in the
 * currency the order was read in (the shop's, or the buyer's when the shop reports presentment amounts), with no
 * customer contact data. Each destination kind maps this one document to its own protocol.
 */
final class OrderEventPayload {

    private OrderEventPayload() {}

    static ObjectNode purchase(String shop, ShopifyOrder order) {
        return OrderEventJson.toTree(purchaseEvent(shop, order));
    }

    static ObjectNode refund(String shop, ShopifyRefund refund, RefundedOrder order) {
        return OrderEventJson.toTree(refundEvent(shop, refund, order));
    }

    static OrderEvent purchaseEvent(String shop, ShopifyOrder order) {
        List<OrderEventItem> items = order.lineItems().stream()
                .map(line -> item(line, Math.max(line.quantity(), 1), line.discount()))
                .toList();
        return new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                OrderEventKind.PURCHASE,
                shop,
                order.id(),
                order.name(),
                null,
                order.processedAt(),
                order.createdAt(),
                order.sourceName(),
                order.test(),
                order.currency(),
                order.revenue(),
                order.totalPrice(),
                order.totalTax(),
                order.totalShipping(),
                order.totalDiscounts(),
                order.discountCodes().isEmpty() ? null : String.join(",", order.discountCodes()),
                items,
                new OrderIdentity(order.customerId(), null, null, null, null));
    }

    /**
     * One Shopify refund as a refund event. {@code value} is what the refunded lines cost net of tax (their subtotals,
     * less their tax where the order's prices include it): zero for a refund without lines. {@code total} is the money
     * that went back (the refund's successful transactions, or its {@code totalRefundedSet}), or, where the payload
     * does not state it in the event's currency, the lines' subtotals and tax. {@code items} are the refunded lines
     * with the refunded quantity, each with its share of the line's discount; none for a full refund (one that
     * returns every unit of the order, which GA4 and Segment read from an event without items) and none for a refund
     * of an amount alone.
     */
    static OrderEvent refundEvent(String shop, ShopifyRefund refund, RefundedOrder order) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        List<OrderEventItem> items = new ArrayList<>();
        for (ShopifyRefund.Line line : refund.lines()) {
            value = value.add(order.taxesIncluded() ? line.subtotal().subtract(line.tax()) : line.subtotal());
            tax = tax.add(line.tax());
            items.add(refundedItem(line));
        }
        if (order.isWhollyReturnedBy(refund)) {
            items.clear();
        }
        return new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                OrderEventKind.REFUND,
                shop,
                refund.orderId(),
                order.name(),
                refund.id(),
                refund.createdAt(),
                order.createdAt(),
                order.sourceName(),
                order.test(),
                refund.currency(),
                value,
                refund.total() != null ? refund.total() : value.add(tax),
                tax,
                null,
                null,
                null,
                items,
                new OrderIdentity(order.customerId(), null, null, null, null));
    }

    /**
     * A refunded line: the unit price the buyer saw and, as discount, what the refunded units cost before discounts
     * less what they cost after (Shopify's own split of the line's discount).
     */
    /** The amounts of a refund event, as the ledger keeps them for a later cancellation. */
    static RefundAmounts amounts(OrderEvent refund) {
        return new RefundAmounts(
                refund.refundId(), refund.currency(), refund.value(), refund.total(), refund.tax(), refund.shipping());
    }

    private static OrderEventItem refundedItem(ShopifyRefund.Line line) {
        int quantity = Math.max(line.quantity(), 1);
        ShopifyOrder.LineItem ordered = line.lineItem();
        if (ordered == null) {
            // The payload does not say what the line was: its id and amounts are still worth sending.
            BigDecimal unit = line.subtotal()
                    .divide(
                            BigDecimal.valueOf(quantity),
                            Math.max(line.subtotal().scale(), 2),
                            RoundingMode.HALF_EVEN);
            return new OrderEventItem(
                    line.lineItemId(), null, null, null, null, null, null, null, quantity, unit, BigDecimal.ZERO);
        }
        BigDecimal discount =
                ordered.price().multiply(BigDecimal.valueOf(quantity)).subtract(line.subtotal());
        return item(ordered, quantity, discount.signum() > 0 ? discount : BigDecimal.ZERO);
    }

    private static OrderEventItem item(ShopifyOrder.LineItem line, int quantity, BigDecimal discount) {
        return new OrderEventItem(
                line.id(),
                line.productId(),
                line.variantId(),
                line.sku(),
                line.title(),
                line.variantTitle(),
                line.vendor(),
                null,
                quantity,
                line.price(),
                discount);
    }
}
