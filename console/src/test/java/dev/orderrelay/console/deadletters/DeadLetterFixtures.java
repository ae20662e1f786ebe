package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.ConsoleFixtures;
import dev.orderrelay.ledger.claims.Claim;
import dev.orderrelay.ledger.claims.ClaimResult;
import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryKey;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import java.time.Duration;

/** Parks events as the worker does, with the ledger state that goes with them, from the module's JSON fixtures. */
final class DeadLetterFixtures {

    static final String DESTINATION = "merchant-webhook";

    private final ParkedEvents parked;
    private final DeliveryClaims claims;

    DeadLetterFixtures(ParkedEvents parked, DeliveryClaims claims) {
        this.parked = parked;
        this.claims = claims;
    }

    static DeliveryKey key(String shop, String orderId) {
        return new DeliveryKey(shop, orderId, DESTINATION, "purchase");
    }

    /** A delivery the destination rejected: its claim parked, its delivery message parked. */
    ParkedEvent parkedDelivery(String shop, String orderId) {
        DeliveryKey key = key(shop, orderId);
        claims.register(key, "webhook", shop + "-" + orderId + "-purchase");
        Claim claim = ((ClaimResult.Claimed) claims.claim(key, Duration.ofSeconds(30))).claim();
        claims.park(claim, "HTTP 422 from destination: unknown field");
        return parkDelivery(shop, orderId);
    }

    /** A parked delivery message whose claim is in whatever state the test put it. */
    ParkedEvent parkDelivery(String shop, String orderId) {
        return parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.DELIVER,
                DESTINATION,
                orderId,
                null,
                "HTTP 422 from destination: unknown field",
                12,
                message("delivery-message.json", shop, orderId)));
    }

    /** An envelope the process stage parked: e.g. the shop was not configured yet. */
    ParkedEvent parkedEnvelope(String shop, String orderId) {
        return parked.park(new ParkedEvents.Parking(
                shop,
                ParkedStage.PROCESS,
                null,
                orderId,
                "w-" + orderId,
                "unknown shop " + shop + ": configure it with PUT /api/shops/" + shop + ", then replay",
                1,
                message("envelope.json", shop, orderId)));
    }

    /** What a dead-letter queue holds at worst: a message that is not even JSON. */
    ParkedEvent poison(String shop, ParkedStage stage) {
        return parked.park(new ParkedEvents.Parking(
                shop,
                stage,
                stage == ParkedStage.DELIVER ? DESTINATION : null,
                null,
                null,
                "moved from a dead-letter queue after 5 receives",
                5,
                "{\"v\":1,\"shop\":\"" + shop + "\", truncated"));
    }

    static String message(String fixture, String shop, String orderId) {
        return ConsoleFixtures.forShop(fixture, shop)
                .replace("{{orderId}}", orderId)
                .strip();
    }
}
