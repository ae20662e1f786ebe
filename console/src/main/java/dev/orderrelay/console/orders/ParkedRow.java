package dev.orderrelay.console.orders;

import dev.orderrelay.console.deadletters.DeadLetterId;
import dev.orderrelay.ledger.parked.ParkedEvent;
import java.util.Locale;

/**
 * One of an order's dead letters on its page: never the message, which may hold customer data (support reads it,
 * masked, on the dead letter's own page).
 *
 * @param id the API's dead-letter id, {@code <parked id>@<shop>}, for {@code /console/dead-letters/{id}}
 * @param stage {@code ingest}, {@code process} or {@code deliver}
 * @param destination the destination's name; null before the deliver stage
 * @param reason what failed and what to do
 * @param status {@code PARKED}, {@code REPLAYED} or {@code DISCARDED}
 * @param parkedAt ISO-8601 UTC
 * @param resolution what the replay found, or why it was discarded; null while parked
 */
record ParkedRow(
        String id,
        String stage,
        String destination,
        String reason,
        int attempts,
        String status,
        String parkedAt,
        String resolution) {

    static ParkedRow of(ParkedEvent event) {
        return new ParkedRow(
                DeadLetterId.of(event).toString(),
                event.stage().name().toLowerCase(Locale.ROOT),
                event.destination(),
                event.reason(),
                event.attempts(),
                event.status().name(),
                event.parkedAt().toString(),
                event.resolution());
    }
}
