package dev.orderrelay.worker.enrich;

import dev.orderrelay.core.event.Attribution;
import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.core.event.OrderIdentity;
import dev.orderrelay.shopify.attribution.StorefrontIds;
import java.util.List;
import java.util.Map;

/**
 * What enrichment found out about one order, to put on each of its events (its purchase, its refunds, its cancel).
 * Everything is optional: an enrichment that found nothing leaves events as they are.
 *
 * @param ids the analytics ids the storefront passed with the order
 * @param attribution campaign parameters, click ids, landing path, referring domain
 * @param firstOrder whether it is the customer's first order; null when unknown
 * @param categories each product's category, by product id; products without one are absent
 */
public record Enrichment(
        StorefrontIds ids, Attribution attribution, Boolean firstOrder, Map<String, String> categories) {

    public Enrichment {
        ids = ids == null ? StorefrontIds.none() : ids;
        attribution = attribution == null ? Attribution.none() : attribution;
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }

    /** Nothing found: {@link #apply} returns events unchanged. */
    public static Enrichment none() {
        return new Enrichment(StorefrontIds.none(), Attribution.none(), null, Map.of());
    }

    /**
     * {@code event} with the storefront's ids, the attribution, the first-order flag and its items' categories filled
     * in. What the event already has wins: only missing values are filled.
     */
    public OrderEvent apply(OrderEvent event) {
        OrderIdentity identity = event.identity();
        OrderIdentity filled = new OrderIdentity(
                identity.customerId(),
                first(identity.gaClientId(), ids.gaClientId()),
                first(identity.gaSessionId(), ids.gaSessionId()),
                first(identity.segmentAnonymousId(), ids.segmentAnonymousId()),
                first(identity.amplitudeDeviceId(), ids.amplitudeDeviceId()));
        Attribution merged =
                event.attribution() == null ? attribution : event.attribution().orElse(attribution);
        Boolean first = event.firstOrder() != null ? event.firstOrder() : firstOrder;
        List<OrderEventItem> items =
                event.items().stream().map(this::categorised).toList();
        return event.enriched(filled, merged, first, items);
    }

    private OrderEventItem categorised(OrderEventItem item) {
        if (item.category() != null || item.productId() == null) {
            return item;
        }
        String category = categories.get(item.productId());
        return category == null ? item : item.withCategory(category);
    }

    private static String first(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
