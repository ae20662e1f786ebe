package dev.orderrelay.destinations;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the events, targets and fixture documents the tests of this module share. */
public final class DestinationFixtures {

    public static final String SHOP = "demo.myshopify.com";
    /** Above 2^53, so a sender that turns it into a JSON number loses digits. */
    public static final String ORDER_ID = "5820982911946154508";

    public static final Instant OCCURRED_AT = Instant.parse("2026-11-24T10:15:30Z");
    /** A Standard Webhooks secret made for these tests (24 random bytes). */
    public static final String WEBHOOK_SECRET = "whsec_3d1aU2yKfLtfX1Md0+f2R5v7sqWIe4mZ";
    /** The customer's e-mail inside the purchase payload: it must never show up in a log line or reason. */
    public static final String CUSTOMER_EMAIL = "ada.lovelace@example.com";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DestinationFixtures() {}

    /** The purchase of order {@link #ORDER_ID}, with the payload of {@code order-purchase-payload.json}. */
    public static OutboundEvent purchase() {
        return OutboundEvent.forOrder(SHOP, ORDER_ID, "purchase", OCCURRED_AT, json("order-purchase-payload.json"));
    }

    /**
     * A realistic purchase: EUR, a discount code, a custom line without product or variant id, a guest buyer whose
     * storefront passed a GA client id (fixture {@code order-event-purchase-eur.json}).
     */
    public static OutboundEvent purchaseEur() {
        return orderEvent("order-event-purchase-eur.json");
    }

    /** A purchase in a currency without minor units (JPY) by a known customer, with Segment and Amplitude ids. */
    public static OutboundEvent purchaseJpy() {
        return orderEvent("order-event-purchase-jpy.json");
    }

    /**
     * An enriched purchase (fixture {@code order-event-purchase-attributed.json}): a known customer's first order
     * from a Google Ads click, with every storefront id, the campaign, all three click ids and an item category.
     */
    public static OutboundEvent purchaseAttributed() {
        return orderEvent("order-event-purchase-attributed.json");
    }

    /** {@code event} with its payload changed by {@code change} (a copy; the fixture stays as it is). */
    public static OutboundEvent withPayload(
            OutboundEvent event, java.util.function.Consumer<tools.jackson.databind.node.ObjectNode> change) {
        tools.jackson.databind.node.ObjectNode payload =
                (tools.jackson.databind.node.ObjectNode) event.payload().deepCopy();
        change.accept(payload);
        return new OutboundEvent(
                event.shop(), event.orderId(), event.event(), event.idempotencyKey(), event.occurredAt(), payload);
    }

    /** A partial refund of {@link #purchaseEur()}: one of its two tees. */
    public static OutboundEvent refundPartialEur() {
        return orderEvent("order-event-refund-partial-eur.json");
    }

    /** A refund of the whole of {@link #purchaseJpy()}, without items. */
    public static OutboundEvent refundFullJpy() {
        return orderEvent("order-event-refund-full-jpy.json");
    }

    /**
     * The outbound event for an order-event fixture, keyed as the worker keys it: by shop, subject (the refund for a
     * refund, else the order) and event kind.
     */
    public static OutboundEvent orderEvent(String fixture) {
        OrderEvent event = OrderEventJson.fromTree(json(fixture));
        return new OutboundEvent(
                event.shop(),
                event.orderId(),
                event.event().wireName(),
                OutboundEvent.deriveKey(
                        event.shop(), event.subjectId(), event.event().wireName()),
                event.occurredAt(),
                OrderEventJson.toTree(event));
    }

    /** A webhook target named {@code ops-webhook} posting to {@code url}, signed with {@link #WEBHOOK_SECRET}. */
    public static DestinationTarget webhookTarget(String url) {
        return webhookTarget(url, DestinationSecret.of(WEBHOOK_SECRET));
    }

    public static DestinationTarget webhookTarget(String url, DestinationSecret secret) {
        return new DestinationTarget("ops-webhook", DestinationKind.WEBHOOK, Map.of("url", url), secret);
    }

    public static JsonNode json(String fixture) {
        return MAPPER.readTree(resource(fixture));
    }

    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    public static String resource(String fixture) {
        try (InputStream in = DestinationFixtures.class.getResourceAsStream("/fixtures/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
