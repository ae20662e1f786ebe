package dev.orderrelay.console.overview;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.orderrelay.ledger.parked.OpenCount;
import java.util.Locale;

/**
 * Open dead letters of one destination (or stage, where there is none) and reason category, across all shops.
 *
 * @param stage {@code INGEST}, {@code PROCESS} or {@code DELIVER}
 * @param destination the destination's name, for the deliver stage
 * @param reason the reason's category: its lead phrase with shop, order and other specifics masked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetterRow(String stage, String destination, String reason, long open) {

    static DeadLetterRow of(OpenCount count) {
        return new DeadLetterRow(count.stage().name(), count.destination(), count.category(), count.open());
    }

    /** What the page's first column says: the destination, or the stage for events parked before one. */
    public String where() {
        return destination != null ? destination : stage.toLowerCase(Locale.ROOT) + " stage";
    }
}
