package dev.orderrelay.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.event.Attribution;
import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventItem;
import dev.orderrelay.core.event.OrderEventKind;
import dev.orderrelay.core.event.OrderIdentity;
import dev.orderrelay.shopify.attribution.StorefrontIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichmentTests {

    private static final Attribution NEWSLETTER =
            new Attribution("newsletter", "email", "weekly_digest", null, null, null, null, null, "/", null);

    private final Enrichment enrichment = new Enrichment(
            new StorefrontIds("111.222", "1700000000", "anon-1", "device-1"),
            NEWSLETTER,
            false,
            Map.of("7981120241693", "Socks"));

    @Test
    void fillsIdsAttributionFirstOrderAndCategoriesOfAPurchase() {
        OrderEvent enriched = enrichment.apply(event(OrderEventKind.PURCHASE, null));

        assertThat(enriched.identity())
                .isEqualTo(new OrderIdentity("6940095012345", "111.222", "1700000000", "anon-1", "device-1"));
        assertThat(enriched.attribution()).isEqualTo(NEWSLETTER);
        assertThat(enriched.firstOrder()).isFalse();
        assertThat(enriched.items()).extracting(OrderEventItem::category).containsExactly("Socks", null, null);
        assertThat(enriched.value()).isEqualByComparingTo("36.00");
    }

    @Test
    void enrichesARefundOfTheOrderTheSameWay() {
        OrderEvent enriched = enrichment.apply(event(OrderEventKind.REFUND, "998877665544332211"));

        assertThat(enriched.refundId()).isEqualTo("998877665544332211");
        assertThat(enriched.identity().gaClientId()).isEqualTo("111.222");
        assertThat(enriched.items().get(0).category()).isEqualTo("Socks");
    }

    @Test
    void keepsWhatTheEventAlreadyHas() {
        OrderEvent event = event(OrderEventKind.PURCHASE, null)
                .enriched(
                        new OrderIdentity("6940095012345", "999.888", null, null, null),
                        new Attribution("google", null, null, null, null, null, null, null, null, null),
                        true,
                        List.of(item("7981120241693", "Hosiery")));

        OrderEvent enriched = enrichment.apply(event);

        assertThat(enriched.identity().gaClientId()).isEqualTo("999.888");
        assertThat(enriched.identity().gaSessionId()).isEqualTo("1700000000");
        assertThat(enriched.attribution().source()).isEqualTo("google");
        assertThat(enriched.attribution().medium()).isEqualTo("email");
        assertThat(enriched.firstOrder()).isTrue();
        assertThat(enriched.items().get(0).category()).isEqualTo("Hosiery");
    }

    @Test
    void anEmptyEnrichmentLeavesTheEventAsItWas() {
        OrderEvent event = event(OrderEventKind.PURCHASE, null);

        assertThat(Enrichment.none().apply(event)).isEqualTo(event);
    }

    private static OrderEvent event(OrderEventKind kind, String refundId) {
        return new OrderEvent(
                OrderEvent.CURRENT_VERSION,
                kind,
                "demo.myshopify.com",
                "820982911946154508",
                "#1001",
                refundId,
                Instant.parse("2026-11-24T10:15:30Z"),
                null,
                "web",
                false,
                "USD",
                new BigDecimal("36.00"),
                null,
                null,
                null,
                null,
                null,
                List.of(item("7981120241693", null), item("7981120000000", null), item(null, null)),
                new OrderIdentity("6940095012345", null, null, null, null));
    }

    private static OrderEventItem item(String productId, String category) {
        return new OrderEventItem(
                "1", productId, null, null, "Socks", null, null, category, 1, new BigDecimal("12.00"), null);
    }
}
