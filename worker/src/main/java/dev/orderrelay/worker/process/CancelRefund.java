package dev.orderrelay.worker.process;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.core.event.OrderIdentity;
import dev.orderrelay.ledger.orders.RefundAmounts;
import dev.orderrelay.shopify.order.ShopifyOrder;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The refund a cancellation sends: what the order's refunds have not already returned. Each amount is the purchase's
 * (as the cancelled order's payload states it) less the sum of that amount over the refunds already recorded for the
 * order (every refund on the cancelled payload, recorded just before, and every refund processed earlier by any
 * path), never below zero; tax and shipping never above the money left. So the purchase, its refunds and the
 * cancellation add up to nothing left, field by field. It has no items: it returns the rest of the order, not lines.
 */
final class CancelRefund {

    private static final Logger log = LoggerFactory.getLogger(CancelRefund.class);

    private CancelRefund() {}

    /** What is left to refund of {@code purchase} after {@code refunded}; refunds in another currency cannot count. */
    static RefundAmounts remainder(OrderEvent purchase, List<RefundAmounts> refunded) {
        BigDecimal value = purchase.value();
        BigDecimal total = purchase.total();
        BigDecimal tax = purchase.tax();
        BigDecimal shipping = purchase.shipping();
        Set<String> counted = new HashSet<>();
        for (RefundAmounts refund : refunded) {
            if (!refund.currency().equals(purchase.currency())) {
                log.warn(
                        "refund not counted towards a cancellation: recorded in another currency (the shop's currency"
                                + " policy changed) shop={} orderId={} refundId={} refundCurrency={} currency={}",
                        purchase.shop(),
                        purchase.orderId(),
                        refund.refundId(),
                        refund.currency(),
                        purchase.currency());
            } else if (counted.add(refund.refundId())) {
                value = value.subtract(refund.value());
                total = total.subtract(refund.total());
                tax = tax.subtract(refund.tax());
                shipping = shipping.subtract(refund.shipping());
            }
        }
        total = atLeastZero(total);
        return new RefundAmounts(
                DeliveryEvents.cancelRefundId(purchase.orderId()),
                purchase.currency(),
                atLeastZero(value),
                total,
                atLeastZero(tax).min(total),
                atLeastZero(shipping).min(total));
    }

    /** Whether anything is left to refund: revenue or money. */
    static boolean isDue(RefundAmounts remainder) {
        return remainder.value().signum() > 0 || remainder.total().signum() > 0;
    }

    /** The cancellation's refund event: kind refund, refund id {@code cancel-<order id>}, no items. */
    static OrderEvent event(String shop, ShopifyOrder order, RefundAmounts remainder) {
        return new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                OrderEventKind.REFUND,
                shop,
                order.id(),
                order.name(),
                DeliveryEvents.cancelRefundId(order.id()),
                order.cancelledAt(),
                order.createdAt(),
                order.sourceName(),
                order.test(),
                remainder.currency(),
                remainder.value(),
                remainder.total(),
                remainder.tax(),
                remainder.shipping(),
                null,
                null,
                List.of(),
                new OrderIdentity(order.customerId(), null, null, null, null));
    }

    private static BigDecimal atLeastZero(BigDecimal amount) {
        return amount.signum() < 0 ? amount.multiply(BigDecimal.ZERO) : amount;
    }
}
