package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.parked.ParkedEvent;
import java.time.Instant;
import java.util.Locale;

/**
 * One parked event as the API shows it: never its message, which may hold customer data.
 *
 * @param id stable and URL-safe: {@code <parked id>@<shop>}
 * @param stage {@code process} or {@code deliver}
 * @param status {@code PARKED}, {@code REPLAYED} or {@code DISCARDED}
 * @param parkedAt ISO-8601 UTC
 * @param resolvedBy the console user who replayed or discarded it; null while parked
 * @param resolvedAt ISO-8601 UTC; null while parked
 * @param resolution what the replay found, or why it was discarded; null while parked
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
        String parkedAt,
        String resolvedBy,
        String resolvedAt,
        String resolution) {

    static DeadLetterView of(ParkedEvent event) {
        return new DeadLetterView(
                DeadLetterId.of(event).toString(),
                event.shop(),
                event.stage().name().toLowerCase(Locale.ROOT),
                event.destination(),
                event.orderId(),
                event.webhookId(),
                event.reason(),
                event.attempts(),
                event.status().name(),
                event.parkedAt().toString(),
                event.resolvedBy(),
                text(event.resolvedAt()),
                event.resolution());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
