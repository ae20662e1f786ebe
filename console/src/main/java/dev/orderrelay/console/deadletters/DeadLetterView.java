package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.parked.ParkedEvent;

/**
 * One parked event as the API shows it.
 *
 * @param id stable and URL-safe: {@code <parked id>@<shop>}
 * @param parkedAt ISO-8601 UTC
 */
record DeadLetterView(
        String id,
        String shop,
        String stage,
        String destination,
        String orderId,
        String webhookId,
        String reason,
        int attempts,
        String status,
        String parkedAt) {

    static DeadLetterView of(ParkedEvent event) {
        return new DeadLetterView(
                event.id() + "@" + event.shop(),
                event.shop(),
                event.stage().name().toLowerCase(java.util.Locale.ROOT),
                event.destination(),
                event.orderId(),
                event.webhookId(),
                event.reason(),
                event.attempts(),
                event.status().name(),
                event.parkedAt().toString());
    }
}
