package dev.orderrelay.console.orders;

import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts an order's dated facts in time order: created at the source, first seen (and by which path), processed,
 * cancelled, sent back by the reconciler, each delivery that reached its destination, each dead letter and what
 * support did with it. Facts the ledger keeps without a time (refunds processed, deliveries still pending) are
 * shown beside the timeline, not in it.
 */
final class OrderTimeline {

    /** How the order first reached the worker, in words (the ledger's {@code firstSource}). */
    private static final Map<String, String> SOURCES = Map.of(
            "webhook", "a Shopify webhook",
            "eventbridge", "Amazon EventBridge",
            "reconciler", "the reconciler: the order had not arrived by itself",
            "replay", "a support replay");

    private OrderTimeline() {}

    static List<TimelineEntry> of(OrderRecord order, List<DeliveryRecord> deliveries, List<ParkedEvent> parked) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (order.sourceCreatedAt() != null) {
            entries.add(new TimelineEntry(order.sourceCreatedAt(), "Created at the source", null, ""));
        }
        if (order.firstSeenAt() != null) {
            String source = order.firstSource() == null
                    ? "a path not recorded (older orders)"
                    : SOURCES.getOrDefault(order.firstSource(), order.firstSource());
            entries.add(new TimelineEntry(order.firstSeenAt(), "First seen, by " + source, null, ""));
        }
        if (order.processedAt() != null) {
            entries.add(new TimelineEntry(
                    order.processedAt(),
                    "Processed",
                    "its events decided and one delivery registered per destination and event",
                    ""));
        }
        if (order.cancelledAt() != null) {
            entries.add(new TimelineEntry(order.cancelledAt(), "Cancelled at the source", null, ""));
        }
        if (order.repairedAt() != null) {
            entries.add(new TimelineEntry(
                    order.repairedAt(),
                    "Sent back through the pipeline by the reconciler",
                    "the latest repair: something was missing or stalled",
                    ""));
        }
        for (DeliveryRecord delivery : deliveries) {
            if (delivery.deliveredAt() != null) {
                entries.add(new TimelineEntry(
                        delivery.deliveredAt(),
                        "Delivered " + delivery.key().event() + " to "
                                + delivery.key().destination() + " (" + delivery.kind() + ")",
                        attempts(delivery.attempts()),
                        "ok"));
            }
        }
        for (ParkedEvent event : parked) {
            String where = event.destination() == null
                    ? "at the " + event.stage().name().toLowerCase(Locale.ROOT) + " stage"
                    : "for " + event.destination();
            entries.add(new TimelineEntry(event.parkedAt(), "Parked " + where, event.reason(), "bad"));
            if (event.status() != ParkedStatus.PARKED && event.resolvedAt() != null) {
                entries.add(new TimelineEntry(
                        event.resolvedAt(),
                        "Dead letter " + event.status().name().toLowerCase(Locale.ROOT) + " " + where,
                        event.resolution(),
                        ""));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return List.copyOf(entries);
    }

    private static String attempts(int attempts) {
        return attempts == 1 ? "at the first attempt" : "after " + attempts + " attempts";
    }
}
