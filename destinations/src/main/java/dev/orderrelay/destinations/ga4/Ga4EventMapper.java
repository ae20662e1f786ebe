package dev.orderrelay.destinations.ga4;

import dev.orderrelay.core.event.Attribution;
import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.core.event.OrderEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps an order event to a GA4 {@code purchase} or {@code refund} event (field by field in
 * {@code docs/destinations/ga4.md}), refusing what GA4 would drop or count wrongly rather than sending it: a payload
 * that is not an order event, an empty or over-long {@code transaction_id}, a currency that is not ISO 4217, an event
 * older than GA4's 72 h back-dating limit, more items than GA4 takes, a body over GA4's size limit. Nothing that
 * carries revenue is ever cut to fit.
 */
final class Ga4EventMapper {

    /** How far back GA4 takes {@code timestamp_micros} (Measurement Protocol, "Send events"). */
    static final Duration BACKDATING_LIMIT = Duration.ofHours(72);

    /**
     * What {@code engagement_time_msec} says for a purchase or refund sent with the site's session: GA4 shows session
     * activity (Realtime, active users) only for events with engagement time; 1 ms marks the event as activity of
     * that session without adding engagement nobody had.
     */
    static final int ENGAGEMENT_TIME_MSEC = 1;

    /**
     * The GA4 event for the order event of {@code attempt}, to be sent at {@code now}.
     *
     * @param position where the event's outcome goes in the sender's list
     * @throws UnsendableEventException saying why GA4 must not get it
     */
    Ga4Event map(int position, Ga4Attempt attempt, Instant now) throws UnsendableEventException {
        OrderEvent order = read(attempt);
        String transactionId = order.orderId().strip();
        if (!Ga4Values.fits(transactionId)) {
            throw new UnsendableEventException(
                    "its order id does not fit GA4's transaction_id (1 to 100 characters), so it was not sent");
        }
        requireIsoCurrency(order.currency());
        if (order.items().size() > Ga4Items.MAX_ITEMS) {
            throw new UnsendableEventException("it has " + order.items().size() + " items, over GA4's limit of "
                    + Ga4Items.MAX_ITEMS + " items per event; it was not sent, since cutting items would misreport"
                    + " its revenue");
        }
        long micros = Ga4Values.micros(timestamp(order.occurredAt(), now));
        ObjectNode json = Ga4RequestBody.object();
        json.put("name", order.event() == OrderEventKind.PURCHASE ? "purchase" : "refund");
        json.put("timestamp_micros", micros);
        json.set("params", params(order, transactionId));
        String customerId = order.identity().customerId();
        String userId = customerId != null
                        && !customerId.isBlank()
                        && customerId.strip().length() <= 256
                ? customerId.strip()
                : null;
        Ga4Event event = new Ga4Event(position, attempt, Ga4ClientId.of(order), userId, micros, json);
        int bytes = Ga4RequestBody.of(List.of(event)).length;
        if (bytes >= Ga4RequestBody.MAX_BYTES) {
            throw new UnsendableEventException("its GA4 request alone is " + bytes
                    + " bytes, over GA4's limit of 130 kB per request; it was not sent, since cutting items would"
                    + " misreport its revenue");
        }
        return event;
    }

    private static OrderEvent read(Ga4Attempt attempt) throws UnsendableEventException {
        try {
            return OrderEventJson.fromTree(attempt.event().payload());
        } catch (IllegalArgumentException e) {
            throw new UnsendableEventException("the payload is not a valid order event: " + e.getMessage());
        }
    }

    private static void requireIsoCurrency(String code) throws UnsendableEventException {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new UnsendableEventException(
                    "its currency '" + code + "' is not an ISO 4217 code, which GA4 needs to count revenue");
        }
    }

    /**
     * The landing page's UTM parameters, named as GA4's {@code campaign_details} event names them ({@code campaign},
     * {@code source}, {@code medium}, {@code term}, {@code content}), each cut to GA4's 100 characters. GA4 attributes
     * an event to the site's traffic source through {@code client_id} and {@code session_id}; whether the
     * Measurement Protocol also reads these parameters for attribution is not documented, so they are sent as what
     * they surely are: event parameters, for custom dimensions and the BigQuery export.
     */
    private static void campaign(Attribution attribution, ObjectNode params) {
        if (attribution == null) {
            return;
        }
        putText(params, "campaign", attribution.campaign());
        putText(params, "source", attribution.source());
        putText(params, "medium", attribution.medium());
        putText(params, "term", attribution.term());
        putText(params, "content", attribution.content());
    }

    private static void putText(ObjectNode params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, Ga4Values.text(value));
        }
    }

    /** When GA4 is told it happened: as it happened, or now for a source clock ahead of ours (GA4 takes no future). */
    private static Instant timestamp(Instant occurredAt, Instant now) throws UnsendableEventException {
        if (occurredAt.isAfter(now)) {
            return now;
        }
        Duration age = Duration.between(occurredAt, now);
        if (age.compareTo(BACKDATING_LIMIT) > 0) {
            throw new UnsendableEventException("it occurred at " + occurredAt + ", " + age.toHours()
                    + " h before this send: older than GA4's 72 h back-dating limit, so GA4 would not record it at"
                    + " its time; not sent");
        }
        return occurredAt;
    }

    /** At most 15 parameters, well within GA4's 25 per event. */
    private static ObjectNode params(OrderEvent order, String transactionId) {
        ObjectNode params = Ga4RequestBody.object();
        params.put("transaction_id", transactionId);
        params.put("currency", order.currency());
        params.put("value", Ga4Values.money(order.value()));
        params.put("tax", Ga4Values.money(order.tax()));
        params.put("shipping", Ga4Values.money(order.shipping()));
        if (order.coupon() != null && !order.coupon().isBlank()) {
            params.put("coupon", Ga4Values.text(order.coupon()));
        }
        String sessionId = order.identity().gaSessionId();
        if (sessionId != null && Ga4Values.fits(sessionId)) {
            params.put("session_id", sessionId.strip());
            params.put("engagement_time_msec", ENGAGEMENT_TIME_MSEC);
        }
        if (order.event() == OrderEventKind.PURCHASE && order.firstOrder() != null) {
            params.put("customer_type", order.firstOrder() ? "new" : "returning");
        }
        campaign(order.attribution(), params);
        // A refund of the whole order has no items: GA4 then refunds the whole transaction.
        if (!order.items().isEmpty()) {
            Ga4Items.of(order.items(), params.putArray("items"));
        }
        return params;
    }
}
