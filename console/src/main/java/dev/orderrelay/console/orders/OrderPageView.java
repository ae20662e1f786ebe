package dev.orderrelay.console.orders;

import dev.orderrelay.ledger.orders.RefundAmounts;
import java.util.List;

/**
 * What an order's page shows: no customer data (the ledger keeps none; dead letters' messages stay on their own,
 * support-only page).
 *
 * @param name the shop's display name, e.g. {@code #1001}
 * @param state {@code RECEIVED} or {@code PROCESSED}
 * @param firstSource {@code webhook}, {@code eventbridge}, {@code reconciler} or {@code replay}; null for old orders
 * @param timeline its dated steps, oldest first
 * @param deliveries one per destination and event, by destination, then event
 * @param refundIds the platform refunds processed, with the amounts of the events built for them where kept
 * @param refunds the amounts of each refund event built (exact decimals)
 * @param cancelAmounts the cancellation's own refund as decided; null when not cancelled
 * @param deadLetters its dead letters, oldest first, at most {@value OrderPages#DEAD_LETTERS}
 * @param moreDeadLetters whether it has more than are shown
 */
record OrderPageView(
        String shop,
        String orderId,
        String name,
        String state,
        String firstSource,
        List<TimelineEntry> timeline,
        List<DeliveryRow> deliveries,
        List<String> refundIds,
        List<RefundAmounts> refunds,
        RefundAmounts cancelAmounts,
        List<ParkedRow> deadLetters,
        boolean moreDeadLetters) {}
