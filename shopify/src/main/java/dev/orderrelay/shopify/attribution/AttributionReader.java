package dev.orderrelay.shopify.attribution;

import dev.orderrelay.core.envelope.PayloadFormat;
import dev.orderrelay.core.event.Attribution;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an order body's attribution, whatever its format:
 *
 * <ul>
 *   <li>REST webhook: {@code landing_site}, {@code referring_site}, {@code note_attributes}, and the legacy
 *       {@code customer.orders_count} (gone from order payloads since API version 2022-04; read if present);
 *   <li>admin-graphql: {@code customAttributes}, and {@code customerJourneySummary}: the last visit's (else the first
 *       visit's) {@code landingPage}, {@code referrerUrl} and {@code utmParameters}, its
 *       {@code customerOrderIndex}, and {@code customer.numberOfOrders}; each read only when the document asked for
 *       it.
 * </ul>
 *
 * Whatever the body holds (not JSON, wrong types, huge values) it never throws: the worst is
 * {@link OrderAttribution#none()}. Thread-safe.
 */
public final class AttributionReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final LandingSiteParser landing = new LandingSiteParser();
    private final ReferringSiteParser referrer = new ReferringSiteParser();
    private final NoteAttributesParser attributes = new NoteAttributesParser();

    /** The attribution in {@code body}, an order in {@code format}. */
    public OrderAttribution read(String body, PayloadFormat format) {
        if (body == null || format == null) {
            return OrderAttribution.none();
        }
        try {
            JsonNode order = MAPPER.readTree(body);
            if (order == null || !order.isObject()) {
                return OrderAttribution.none();
            }
            return format == PayloadFormat.ADMIN_GRAPHQL ? admin(order) : rest(order);
        } catch (RuntimeException e) {
            // Attribution is a bonus: a body the order parser accepts but this one cannot read still goes out.
            return OrderAttribution.none();
        }
    }

    private OrderAttribution rest(JsonNode order) {
        Attribution fromLanding = landing.parse(text(order.get("landing_site")));
        Attribution attribution = fromLanding.orElse(referrerOnly(text(order.get("referring_site"))));
        Boolean first = FirstOrder.of(null, count(order.path("customer").get("orders_count")));
        return new OrderAttribution(attribution, attributes.parse(order.get("note_attributes")), first);
    }

    private OrderAttribution admin(JsonNode order) {
        JsonNode journey = order.path("customerJourneySummary");
        Attribution attribution = visit(journey.path("lastVisit")).orElse(visit(journey.path("firstVisit")));
        Boolean first = FirstOrder.of(
                count(journey.get("customerOrderIndex")),
                count(order.path("customer").get("numberOfOrders")));
        return new OrderAttribution(attribution, attributes.parse(order.get("customAttributes")), first);
    }

    /** A {@code CustomerVisit}: its landing page, then its own {@code utmParameters} for what the URL lacks. */
    private Attribution visit(JsonNode visit) {
        if (!visit.isObject()) {
            return Attribution.none();
        }
        JsonNode utm = visit.path("utmParameters");
        Attribution fromUtm = new Attribution(
                AttributionText.clean(text(utm.get("source"))),
                AttributionText.clean(text(utm.get("medium"))),
                AttributionText.clean(text(utm.get("campaign"))),
                AttributionText.clean(text(utm.get("term"))),
                AttributionText.clean(text(utm.get("content"))),
                null,
                null,
                null,
                null,
                null);
        return landing.parse(text(visit.get("landingPage")))
                .orElse(fromUtm)
                .orElse(referrerOnly(text(visit.get("referrerUrl"))));
    }

    private Attribution referrerOnly(String referringSite) {
        return new Attribution(null, null, null, null, null, null, null, null, null, referrer.domain(referringSite));
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /** A count Shopify writes as a JSON number or, for UnsignedInt64, a string of digits; null otherwise. */
    private static Long count(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isString() && node.stringValue().matches("\\d{1,18}")) {
            return Long.parseLong(node.stringValue());
        }
        return null;
    }
}
