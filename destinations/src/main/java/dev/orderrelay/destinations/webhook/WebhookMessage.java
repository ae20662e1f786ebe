package dev.orderrelay.destinations.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.orderrelay.destinations.OutboundEvent;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body a webhook receiver gets: the event's type and identity around the payload, which goes under
 * {@code data} unchanged. The order id is a JSON string, since Shopify ids exceed what a JSON number keeps exactly in
 * many receivers' parsers; times are ISO-8601 UTC.
 *
 * @param type {@code order.} and the event kind, e.g. {@code order.purchase}
 * @param shop the shop's platform domain
 * @param orderId the platform order id
 * @param occurredAt when the event happened at the source
 * @param data the event's payload
 */
@JsonPropertyOrder({"type", "shop", "orderId", "occurredAt", "data"})
record WebhookMessage(String type, String shop, String orderId, Instant occurredAt, JsonNode data) {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    static WebhookMessage of(OutboundEvent event) {
        return new WebhookMessage(
                "order." + event.event(), event.shop(), event.orderId(), event.occurredAt(), event.payload());
    }

    /** The body bytes, exactly as signed and sent. */
    byte[] toJson() {
        return MAPPER.writeValueAsBytes(this);
    }
}
