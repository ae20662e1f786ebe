package dev.orderrelay.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderEventJsonTests {

    private static final Attribution GOOGLE_ADS = new Attribution(
            "google",
            "cpc",
            "autumn_sale",
            "wool socks",
            "banner_a",
            "Cj0KCQjwxyz",
            null,
            null,
            "/products/socks",
            "www.google.com");

    @Test
    void roundTripsAttributionAndTheFirstOrderFlag() {
        OrderEvent event = purchase()
                .enriched(
                        new OrderIdentity(
                                "6940095012345", "1234567890.1700000000", "1700000000", "ajs-1", "amp-device-1"),
                        GOOGLE_ADS,
                        true,
                        List.of(item().withCategory("Socks")));

        OrderEvent back = OrderEventJson.read(OrderEventJson.write(event));

        assertThat(back).isEqualTo(event);
        assertThat(back.attribution().campaign()).isEqualTo("autumn_sale");
        assertThat(back.firstOrder()).isTrue();
        assertThat(back.items().get(0).category()).isEqualTo("Socks");
    }

    @Test
    void writesTheAttributionUnderItsOwnNamesAndLeavesUnsetOnesOut() {
        OrderEvent event = purchase()
                .enriched(OrderIdentity.none(), GOOGLE_ADS, false, purchase().items());

        JsonNode tree = OrderEventJson.toTree(event);

        assertThat(tree.get("attribution").get("source").asString()).isEqualTo("google");
        assertThat(tree.get("attribution").get("gclid").asString()).isEqualTo("Cj0KCQjwxyz");
        assertThat(tree.get("attribution").has("fbclid")).isFalse();
        assertThat(tree.get("attribution").has("empty")).isFalse();
        assertThat(tree.get("firstOrder").asBoolean()).isFalse();
    }

    @Test
    void anEventWithoutEnrichmentHasNeitherFieldAndReadsBackAsUnknown() {
        OrderEvent event = purchase();

        JsonNode tree = OrderEventJson.toTree(event);
        OrderEvent back = OrderEventJson.fromTree(tree);

        assertThat(tree.has("attribution")).isFalse();
        assertThat(tree.has("firstOrder")).isFalse();
        assertThat(back.attribution()).isNull();
        assertThat(back.firstOrder()).isNull();
        assertThat(back).isEqualTo(event);
    }

    @Test
    void readsAnEventAnOlderWorkerWroteWithoutTheNewFields() {
        String older =
                "{\"v\":1,\"event\":\"purchase\",\"shop\":\"demo.myshopify.com\",\"orderId\":\"820982911946154508\","
                        + "\"occurredAt\":\"2026-11-24T10:15:30Z\",\"test\":false,\"currency\":\"EUR\",\"value\":\"50.60\"}";

        OrderEvent event = OrderEventJson.read(older);

        assertThat(event.attribution()).isNull();
        assertThat(event.firstOrder()).isNull();
        assertThat(event.value()).isEqualByComparingTo("50.60");
    }

    @Test
    void anAttributionWithNothingSetIsStoredAsNone() {
        OrderEvent event = purchase()
                .enriched(
                        OrderIdentity.none(),
                        new Attribution(" ", "", null, null, null, null, null, null, null, null),
                        null,
                        List.of());

        assertThat(event.attribution()).isNull();
        assertThat(OrderEventJson.write(event)).doesNotContain("attribution");
    }

    @Test
    void fillsMissingAttributionComponentsFromAnother() {
        Attribution landing = new Attribution(null, null, null, null, null, "gclid-1", null, null, "/", null);
        Attribution journey =
                new Attribution("google", "cpc", null, null, null, "other", null, null, null, "google.com");

        Attribution merged = landing.orElse(journey);

        assertThat(merged.source()).isEqualTo("google");
        assertThat(merged.gclid()).isEqualTo("gclid-1");
        assertThat(merged.referringDomain()).isEqualTo("google.com");
        assertThat(merged.hasCampaign()).isTrue();
        assertThat(Attribution.none().hasCampaign()).isFalse();
    }

    private static OrderEvent purchase() {
        return new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                OrderEventKind.PURCHASE,
                "demo.myshopify.com",
                "820982911946154508",
                "#1001",
                null,
                Instant.parse("2026-11-24T10:15:30Z"),
                Instant.parse("2026-11-24T10:15:29Z"),
                "web",
                false,
                "EUR",
                new BigDecimal("50.60"),
                new BigDecimal("63.70"),
                new BigDecimal("10.19"),
                new BigDecimal("4.90"),
                new BigDecimal("5.49"),
                "AUTUMN10",
                List.of(item()),
                new OrderIdentity("6940095012345", null, null, null, null));
    }

    private static OrderEventItem item() {
        return new OrderEventItem(
                "13022311112222301",
                "7411112222333",
                "43512331001117",
                "ORS-SCK-42",
                "Ørsted wool socks",
                "42–44",
                "Northwind",
                null,
                2,
                new BigDecimal("25.00"),
                new BigDecimal("5.00"));
    }
}
