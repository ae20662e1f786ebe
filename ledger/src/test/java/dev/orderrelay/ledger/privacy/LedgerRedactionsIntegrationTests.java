package dev.orderrelay.ledger.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.TestLedger;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerRedactionsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final Clock clock = Clock.systemUTC();
    private final ParkedEvents parked = new ParkedEvents(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final DeliveryClaims claims =
            new DeliveryClaims(LEDGER.enhanced(), LEDGER.dynamoDb(), LEDGER.tables(), clock);
    private final LedgerRedactions redactions = new LedgerRedactions(LEDGER.dynamoDb(), LEDGER.tables());
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void rewritesAParkedMessageAndReasonAndKeepsEverythingElse() {
        ParkedEvent event = parked.park(new ParkedEvents.Parking(
                shop, ParkedStage.PROCESS, null, "1001", "w-1", "bad ada@example.com", 1, "{\"email\":\"ada\"}"));

        assertThat(redactions.rewriteParked(shop, event.id(), "{\"email\":null}", "bad [redacted]"))
                .isTrue();

        assertThat(parked.find(shop, event.id())).hasValueSatisfying(now -> {
            assertThat(now.message()).isEqualTo("{\"email\":null}");
            assertThat(now.reason()).isEqualTo("bad [redacted]");
            assertThat(now.status()).isEqualTo(ParkedStatus.PARKED);
            assertThat(now.webhookId()).isEqualTo("w-1");
        });
        assertThat(redactions.rewriteParked(shop, "0000000000000-gone", "x", "y"))
                .isFalse();
        assertThat(parked.forShop(shop)).hasSize(1);
    }

    @Test
    void rewritesADeliveryErrorOnlyIfNoNewerErrorWasWrittenMeanwhile() {
        DeliveryKey key = new DeliveryKey(shop, "1001", "amp", "purchase");
        claims.register(key, "amplitude", "evt_1");
        Claim claim = ((ClaimResult.Claimed) claims.claim(key, Duration.ofMinutes(1))).claim();
        claims.park(claim, "429 throttled_users {\"191167\": 31}");

        assertThat(redactions.rewriteDeliveryError(
                        shop, "1001", "amp", "purchase", "stale", "429 throttled_users {\"[redacted]\": 31}"))
                .isFalse();
        assertThat(redactions.rewriteDeliveryError(
                        shop,
                        "1001",
                        "amp",
                        "purchase",
                        "429 throttled_users {\"191167\": 31}",
                        "429 throttled_users {\"[redacted]\": 31}"))
                .isTrue();

        assertThat(claims.forOrder(shop, "1001")).singleElement().satisfies(record -> {
            assertThat(record.lastError()).isEqualTo("429 throttled_users {\"[redacted]\": 31}");
            assertThat(record.state()).isEqualTo(DeliveryState.PARKED);
        });
    }
}
