package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.core.event.Attribution;
import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.destinations.OutboundEvent;
import java.math.BigDecimal;
import java.util.Currency;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an order event into one Amplitude revenue event (docs/destinations/amplitude.md has the table). The revenue
 * sits on the event itself ({@code price}, {@code quantity}, {@code revenue}, {@code revenueType}), as Amplitude
 * recommends for server-side revenue; a refund carries it negative. Amounts are JSON numbers written from the exact
 * decimals, at least to the currency's minor units and never through a double. Ids are strings.
 */
final class AmplitudeEventMapper {

    static final String PURCHASE_EVENT = "Order Completed";
    static final String REFUND_EVENT = "Order Refunded";

    /** Amplitude's limit on any string value; longer names are cut rather than refused. */
    private static final int MAX_TEXT = 1024;

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /**
     * The Amplitude event for {@code event}, at {@code position} in its batch.
     *
     * @throws IllegalArgumentException naming the problem when the payload is not a valid order event
     */
    PendingEvent map(int position, OutboundEvent event) {
        OrderEvent order = OrderEventJson.fromTree(event.payload());
        AmplitudeIds ids = AmplitudeIds.of(order);
        Amounts amounts = new Amounts(order.currency());
        boolean refund = order.event() == OrderEventKind.REFUND;
        BigDecimal revenue = amounts.exact(refund ? order.value().negate() : order.value());

        ObjectNode out = JSON.createObjectNode();
        out.put("event_type", refund ? REFUND_EVENT : PURCHASE_EVENT);
        if (ids.userId() != null) {
            out.put("user_id", ids.userId());
        }
        if (ids.deviceId() != null) {
            out.put("device_id", ids.deviceId());
        }
        out.put("time", event.occurredAt().toEpochMilli());
        out.put("insert_id", event.idempotencyKey());
        // price x quantity is what Amplitude counts when all three are sent; the order is one revenue line.
        out.put("price", revenue);
        out.put("quantity", 1);
        out.put("revenue", revenue);
        out.put("revenueType", refund ? "refund" : "purchase");
        // Labels the amounts; Amplitude documents no conversion from it (see the mapping doc).
        out.put("currency", order.currency());
        out.set("event_properties", properties(order, amounts));
        return new PendingEvent(position, event, ids, JSON.writeValueAsBytes(out));
    }

    private static ObjectNode properties(OrderEvent order, Amounts amounts) {
        ObjectNode properties = JSON.createObjectNode();
        properties.put("order_id", order.orderId());
        properties.put("order_name", text(order.orderName()));
        if (order.event() == OrderEventKind.REFUND) {
            properties.put("refund_id", order.refundId());
        }
        properties.put("currency", order.currency());
        properties.put("total", amounts.exact(order.total()));
        properties.put("tax", amounts.exact(order.tax()));
        properties.put("shipping", amounts.exact(order.shipping()));
        properties.put("discount", amounts.exact(order.discount()));
        putText(properties, "coupon", order.coupon());
        putText(properties, "source_name", order.sourceName());
        if (order.test()) {
            properties.put("test", true);
        }
        if (order.firstOrder() != null) {
            properties.put("first_order", order.firstOrder());
        }
        attribution(order.attribution(), properties);
        if (!order.items().isEmpty()) {
            ArrayNode items = properties.putArray("items");
            order.items().forEach(item -> items.add(item(item, amounts)));
        }
        return properties;
    }

    /**
     * Where the buyer came from, under the names Amplitude's own web SDKs give these values ({@code utm_*},
     * {@code gclid}, {@code fbclid}, {@code msclkid}, {@code referring_domain}), plus the landing path. They are event
     * properties, the attribution of this order: as user properties they would overwrite the user's current
     * attribution with an order's, possibly days old.
     */
    private static void attribution(Attribution attribution, ObjectNode properties) {
        if (attribution == null) {
            return;
        }
        putText(properties, "utm_source", attribution.source());
        putText(properties, "utm_medium", attribution.medium());
        putText(properties, "utm_campaign", attribution.campaign());
        putText(properties, "utm_term", attribution.term());
        putText(properties, "utm_content", attribution.content());
        putText(properties, "gclid", attribution.gclid());
        putText(properties, "fbclid", attribution.fbclid());
        putText(properties, "msclkid", attribution.msclkid());
        putText(properties, "referring_domain", attribution.referringDomain());
        putText(properties, "landing_path", attribution.landingPath());
    }

    private static ObjectNode item(OrderEventItem item, Amounts amounts) {
        ObjectNode out = JSON.createObjectNode();
        putText(out, "product_id", item.productId());
        putText(out, "variant_id", item.variantId());
        putText(out, "sku", item.sku());
        out.put("name", text(item.name()));
        putText(out, "variant", item.variant());
        putText(out, "brand", item.brand());
        putText(out, "category", item.category());
        out.put("quantity", item.quantity());
        // What one unit cost after its share of the line's discount, so price x quantity sums to the revenue.
        out.put("price", amounts.exact(item.unitPriceAfterDiscount()));
        out.put("discount", amounts.exact(item.unitDiscount()));
        return out;
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, text(value));
        }
    }

    private static String text(String value) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return value.substring(0, end);
    }

    /** Amounts of one currency, written with no more decimals than they need and no fewer than its minor units. */
    private static final class Amounts {

        private final int minorUnits;

        Amounts(String currency) {
            int digits;
            try {
                digits = Currency.getInstance(currency).getDefaultFractionDigits();
            } catch (IllegalArgumentException e) {
                digits = 0; // a code Java does not know: keep the decimals the amount has
            }
            this.minorUnits = Math.max(digits, 0);
        }

        BigDecimal exact(BigDecimal amount) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return stripped.scale() < minorUnits ? stripped.setScale(minorUnits) : stripped;
        }
    }
}
