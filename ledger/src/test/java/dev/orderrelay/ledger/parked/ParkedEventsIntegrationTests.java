package dev.orderrelay.ledger.parked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParkedEventsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final ParkedEvents parked = new ParkedEvents(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void keepsAParkedEventWithItsReasonAndTheMessageToReplay() {
        ParkedEvent event = parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.PROCESS,
                null,
                null,
                "w-1",
                "payload is not valid JSON: unexpected end of input at byte 44; fix the sender, then replay",
                1,
                "{\"v\":1}"));

        assertThat(parked.find(shop, event.id())).contains(event);
        assertThat(event.status()).isEqualTo(ParkedStatus.PARKED);
        assertThat(event.parkedAt()).isEqualTo(clock.instant());
    }

    @Test
    void listsAShopsParkedEventsOldestFirstAndNoOtherShops() {
        ParkedEvent first = park(shop, "o-1");
        clock.advance(Duration.ofSeconds(1));
        ParkedEvent second = park(shop, "o-2");
        park("other-" + shop, "o-3");

        assertThat(parked.forShop(shop)).containsExactly(first, second);
    }

    private ParkedEvent park(String inShop, String orderId) {
        return parked.park(new ParkedEvents.Parking(
                inShop, ParkedStage.DELIVER, "merchant-webhook", orderId, null, "HTTP 400: bad field", 3, "{}"));
    }
}
