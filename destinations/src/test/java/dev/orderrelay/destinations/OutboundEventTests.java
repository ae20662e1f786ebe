package dev.orderrelay.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OutboundEventTests {

    private static final Instant AT = DestinationFixtures.OCCURRED_AT;

    @Test
    void derivesTheSameKeyForTheSameShopSubjectAndEventEveryTime() {
        String key = OutboundEvent.deriveKey("demo.myshopify.com", "5820982911946154508", "purchase");

        assertThat(key).matches("evt_[0-9a-f]{32}");
        assertThat(OutboundEvent.deriveKey("demo.myshopify.com", "5820982911946154508", "purchase"))
                .isEqualTo(key)
                // Pinned (computed apart, in Python, over "18:demo.myshopify.com19:5820982911946154508" +
                // "8:purchase"):
                // a change here would send every event already delivered again under a new key.
                .isEqualTo("evt_7c19ec51bbf5d3145bbb19a337c2a6e6");
    }

    @Test
    void derivesDistinctKeysWhenAnyPartDiffers() {
        String purchase = OutboundEvent.deriveKey("a.myshopify.com", "1", "purchase");

        assertThat(OutboundEvent.deriveKey("b.myshopify.com", "1", "purchase")).isNotEqualTo(purchase);
        assertThat(OutboundEvent.deriveKey("a.myshopify.com", "2", "purchase")).isNotEqualTo(purchase);
        assertThat(OutboundEvent.deriveKey("a.myshopify.com", "1", "refund")).isNotEqualTo(purchase);
        assertThat(OutboundEvent.deriveKey("ab", "c", "purchase"))
                .isNotEqualTo(OutboundEvent.deriveKey("a", "bc", "purchase"));
    }

    @Test
    void keysAnOrderEventByShopOrderAndEvent() {
        OutboundEvent event = DestinationFixtures.purchase();

        assertThat(event.idempotencyKey())
                .isEqualTo(OutboundEvent.deriveKey(DestinationFixtures.SHOP, DestinationFixtures.ORDER_ID, "purchase"));
    }

    @Test
    void leavesThePayloadOutOfToString() {
        String text = DestinationFixtures.purchase().toString();

        assertThat(text).contains(DestinationFixtures.ORDER_ID).contains(DestinationFixtures.SHOP);
        assertThat(text).doesNotContain(DestinationFixtures.CUSTOMER_EMAIL).doesNotContain("SKU-");
    }

    @Test
    void keepsItsOwnCopyOfThePayload() {
        ObjectNode payload = (ObjectNode) DestinationFixtures.json("order-purchase-payload.json");
        OutboundEvent event = OutboundEvent.forOrder("demo.myshopify.com", "1", "purchase", AT, payload);

        payload.put("currency", "USD");

        assertThat(event.payload().get("currency").asString()).isEqualTo("EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "tab\there", "ümlaut"})
    void refusesAKeyThatCannotTravelInAHeader(String key) {
        JsonNode payload = DestinationFixtures.parse("{}");

        assertThatThrownBy(() -> new OutboundEvent("demo.myshopify.com", "1", "purchase", key, AT, payload))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idempotencyKey");
    }

    @Test
    void refusesAKeyLongerThanSegmentAccepts() {
        JsonNode payload = DestinationFixtures.parse("{}");

        assertThatThrownBy(() -> new OutboundEvent("s", "1", "purchase", "k".repeat(101), AT, payload))
                .hasMessageContaining("idempotencyKey");
    }

    @Test
    void refusesMissingIdsAndAPayloadThatIsNotAnObject() {
        JsonNode object = DestinationFixtures.parse("{}");

        assertThatThrownBy(() -> OutboundEvent.forOrder(" ", "1", "purchase", AT, object))
                .hasMessageContaining("shop");
        assertThatThrownBy(() -> OutboundEvent.forOrder("s", null, "purchase", AT, object))
                .hasMessageContaining("orderId");
        assertThatThrownBy(() -> OutboundEvent.forOrder("s", "1", "purchase", AT, DestinationFixtures.parse("[1]")))
                .hasMessageContaining("JSON object payload");
    }
}
