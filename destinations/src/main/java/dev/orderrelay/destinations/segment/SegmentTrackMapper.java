package dev.orderrelay.destinations.segment;

import dev.orderrelay.core.event.Attribution;
import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.core.event.OrderIdentity;
import dev.orderrelay.destinations.OutboundEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an order event into a Segment Track call per the e-commerce spec v2: a purchase into {@code Order Completed},
 * a refund into {@code Order Refunded}. The mapping, field by field, is in {@code docs/destinations/segment.md}.
 */
final class SegmentTrackMapper {

    static final String ORDER_COMPLETED = "Order Completed";
    static final String ORDER_REFUNDED = "Order Refunded";
    static final String LIBRARY_NAME = "order-relay";

    // Plain decimals: a BigDecimal such as 1E+3 must reach Segment as 1000, a number every JSON parser reads.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final TrackMessage.Context context;

    SegmentTrackMapper() {
        String version = SegmentTrackMapper.class.getPackage().getImplementationVersion();
        this.context = new TrackMessage.Context(
                new TrackMessage.Library(LIBRARY_NAME, Objects.requireNonNullElse(version, "dev")), null);
    }

    /**
     * The Track call for {@code order}, sent as {@code outbound}.
     *
     * @param affiliation the store name for {@code affiliation}
     */
    TrackMessage map(OutboundEvent outbound, OrderEvent order, String affiliation) {
        OrderIdentity identity = order.identity();
        String anonymousId = identity.segmentAnonymousId();
        if (identity.customerId() == null && anonymousId == null) {
            anonymousId = fallbackAnonymousId(order.shop(), order.orderId());
        }
        boolean purchase = order.event() == OrderEventKind.PURCHASE;
        return new TrackMessage(
                "track",
                purchase ? ORDER_COMPLETED : ORDER_REFUNDED,
                outbound.idempotencyKey(),
                outbound.occurredAt(),
                identity.customerId(),
                anonymousId,
                purchase ? completed(order, affiliation) : refunded(order, affiliation),
                context.withCampaign(campaign(order.attribution())));
    }

    /** The order's UTM parameters as {@code context.campaign}; none without any. */
    static TrackMessage.Campaign campaign(Attribution attribution) {
        if (attribution == null || !attribution.hasCampaign()) {
            return null;
        }
        return new TrackMessage.Campaign(
                attribution.campaign(),
                attribution.source(),
                attribution.medium(),
                attribution.term(),
                attribution.content());
    }

    /** The call's JSON, exactly as it goes into a batch. */
    byte[] encode(TrackMessage message) {
        return MAPPER.writeValueAsBytes(message);
    }

    /**
     * The anonymous id of an order that carries no Segment id and no customer: a name-based UUID (version 3) of the
     * shop and order, so every event of the order, on every retry and replay, joins the same anonymous user. Segment
     * needs a user or anonymous id on every call; without one it answers 200 and drops the call.
     */
    static String fallbackAnonymousId(String shop, String orderId) {
        // A shop domain holds no ':', so no two (shop, order) pairs share a name.
        String name = "order-relay:segment:" + shop + ":" + orderId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static OrderProperties completed(OrderEvent order, String affiliation) {
        List<ProductProperties> products = new ArrayList<>(order.items().size());
        for (int i = 0; i < order.items().size(); i++) {
            products.add(product(order.items().get(i), i + 1));
        }
        return new OrderProperties(
                order.orderId(),
                affiliation,
                order.value(),
                order.total(),
                order.value(),
                order.shipping(),
                order.tax(),
                order.discount(),
                order.coupon(),
                order.currency(),
                products.isEmpty() ? null : List.copyOf(products));
    }

    /**
     * A refund names what went back: the amounts and, for a partial refund, the lines. A refund without lines is one
     * of the whole order, which destinations such as Google Analytics read from the absence of {@code products}.
     */
    private static OrderProperties refunded(OrderEvent order, String affiliation) {
        List<ProductProperties> products =
                order.items().stream().map(item -> product(item, null)).toList();
        return new OrderProperties(
                order.orderId(),
                affiliation,
                null,
                order.total(),
                order.value(),
                null,
                null,
                null,
                null,
                order.currency(),
                products.isEmpty() ? null : products);
    }

    private static ProductProperties product(OrderEventItem item, Integer position) {
        return new ProductProperties(
                item.productId(),
                item.sku(),
                item.category(),
                item.name(),
                item.brand(),
                item.variant(),
                atScaleOf(item.unitPriceAfterDiscount(), item.price()),
                item.quantity(),
                position);
    }

    /**
     * {@code amount} without trailing zeros beyond {@code reference}'s scale: a yen price stays {@code 3200}, not the
     * {@code 3200.00} that spreading a zero discount over the units gives, while {@code 22.50} euros keep their cents.
     */
    static BigDecimal atScaleOf(BigDecimal amount, BigDecimal reference) {
        BigDecimal stripped = amount.stripTrailingZeros();
        int scale = Math.max(reference.scale(), 0);
        return stripped.scale() < scale ? stripped.setScale(scale) : stripped;
    }
}
