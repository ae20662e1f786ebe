package dev.orderrelay.bench.faults;

import java.time.Duration;
import java.util.List;

/**
 * One episode's figures: what the checker found, what became of the junk, and how long the drain took.
 *
 * @param fault the fault's name
 * @param description what was done
 * @param verdict the history checker's verdict on the episode's orders
 * @param junk the junk webhooks and what became of them
 * @param drain end of load to every acknowledged order delivered; null if that never happened within the bound
 * @param reconciliations the end-of-episode runs as they finished, e.g. {@code DONE requeued=12}
 * @param history the orders and accepted events the verdict was made from, for the checker's own check
 */
public record EpisodeResult(
        String fault,
        String description,
        HistoryVerdict verdict,
        JunkFigures junk,
        Duration drain,
        List<String> reconciliations,
        History history) {

    /** Nothing lost, nothing duplicated, every junk webhook handled as it must be. */
    public boolean passed() {
        return verdict.clean() && junk.handled() && drain != null;
    }

    /** The raw history behind a verdict. */
    public record History(List<SourceOrder> orders, List<AcceptedEvent> events) {
        public History {
            orders = List.copyOf(orders);
            events = List.copyOf(events);
        }
    }
}
