package dev.orderrelay.bench.faults;

import java.util.List;
import java.util.Map;

/**
 * How each fake destination names an order's purchase: the webhook peer records {@code order.purchase} as
 * {@code purchase}, GA4 its event name {@code purchase}, Segment and Amplitude {@code Order Completed}.
 */
final class PurchaseEvents {

    /** The demo shop's destinations: every paid order must reach each exactly once. */
    static final List<String> KINDS = List.of("webhook", "ga4", "segment", "amplitude");

    private static final Map<String, String> NAMES = Map.of(
            "webhook", "purchase",
            "ga4", "purchase",
            "segment", "Order Completed",
            "amplitude", "Order Completed");

    private PurchaseEvents() {}

    static boolean isPurchase(String kind, String event) {
        String name = NAMES.get(kind);
        return name != null && name.equals(event);
    }
}
