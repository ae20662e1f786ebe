package dev.orderrelay.ledger.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeenDeliveriesIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final SeenDeliveries seen =
            new SeenDeliveries(LEDGER.enhanced(), LEDGER.tables(), clock, SeenDeliveries.DEFAULT_RETENTION);

    @Test
    void remembersADeliveryOnceItIsMarked() {
        assertThat(seen.wasProcessed("a.myshopify.com", "w-1")).isFalse();

        seen.markProcessed("a.myshopify.com", "w-1", "orders/create");

        assertThat(seen.wasProcessed("a.myshopify.com", "w-1")).isTrue();
    }

    @Test
    void keepsShopsApartEvenWithTheSameWebhookId() {
        seen.markProcessed("b.myshopify.com", "w-2", "orders/create");

        assertThat(seen.wasProcessed("c.myshopify.com", "w-2")).isFalse();
    }

    @Test
    void forgetsADeliveryAfterTheRetentionEvenBeforeDynamoDbDeletesIt() {
        seen.markProcessed("d.myshopify.com", "w-3", "orders/paid");

        clock.advance(SeenDeliveries.DEFAULT_RETENTION.plus(Duration.ofSeconds(1)));

        assertThat(seen.wasProcessed("d.myshopify.com", "w-3")).isFalse();
    }

    @Test
    void markingTwiceIsHarmless() {
        seen.markProcessed("e.myshopify.com", "w-4", "orders/create");
        seen.markProcessed("e.myshopify.com", "w-4", "orders/create");

        assertThat(seen.wasProcessed("e.myshopify.com", "w-4")).isTrue();
    }
}
