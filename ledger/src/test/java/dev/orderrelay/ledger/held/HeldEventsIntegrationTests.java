package dev.orderrelay.ledger.held;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HeldEventsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:05Z"));
    private final HeldEvents held = new HeldEvents(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final String shop = "t-" + UUID.randomUUID() + ".myshopify.com";

    @Test
    void keepsAnEventUntilItIsReleasedAndReadsItBackByItsOrder() {
        held.hold(shop, "101", "refund-9001", "refunds/create", "{\"v\":1}");
        held.hold(shop, "1011", "refund-9002", "refunds/create", "{\"v\":1}");

        assertThat(held.forOrder(shop, "101")).singleElement().satisfies(event -> {
            assertThat(event.heldId()).isEqualTo("refund-9001");
            assertThat(event.topic()).isEqualTo("refunds/create");
            assertThat(event.message()).isEqualTo("{\"v\":1}");
            assertThat(event.heldAt()).isEqualTo(clock.instant());
        });

        held.release(shop, "101", "refund-9001");
        held.release(shop, "101", "refund-9001");

        assertThat(held.forOrder(shop, "101")).isEmpty();
        assertThat(held.forOrder(shop, "1011")).extracting(HeldEvent::heldId).containsExactly("refund-9002");
    }

    @Test
    void keepsTheSameEventOnceHoweverOftenItIsHeld() {
        held.hold(shop, "201", "refund-9001", "refunds/create", "first");
        held.hold(shop, "201", "refund-9001", "refunds/create", "again");
        held.hold(shop, "202", "refund-9003", "refunds/create", "other order");

        assertThat(held.forOrder(shop, "201")).extracting(HeldEvent::message).containsExactly("again");
        assertThat(held.forShop(shop)).extracting(HeldEvent::orderId).containsExactlyInAnyOrder("201", "202");
        assertThat(held.forShop("other-" + shop)).isEmpty();
    }
}
