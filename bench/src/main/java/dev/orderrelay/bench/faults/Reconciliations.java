package dev.orderrelay.bench.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The end-of-episode reconciliation as support asks for it through the console: the shop, over the whole UTC hours
 * the episode touched; then followed until each run is done or failed.
 */
final class Reconciliations {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final ConsoleClient console;
    private final String shop;
    private final Instant episodeStart;

    Reconciliations(ConsoleClient console, String shop, Instant episodeStart) {
        this.console = console;
        this.shop = shop;
        this.episodeStart = episodeStart;
    }

    /** Queues one run over the hours from the episode's start to the end of the current hour; its id. */
    String request() {
        Instant from = episodeStart.truncatedTo(ChronoUnit.HOURS);
        Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        return console.requestReconciliation(shop, from, to);
    }

    /** Waits until every run is finished or {@code bound} passes; the runs as last seen. */
    List<ConsoleClient.ReconciliationState> await(List<String> ids, Duration bound) {
        Instant giveUp = Instant.now().plus(bound);
        while (true) {
            List<ConsoleClient.ReconciliationState> states =
                    ids.stream().map(console::reconciliation).toList();
            if (states.stream().allMatch(ConsoleClient.ReconciliationState::finished)
                    || Instant.now().isAfter(giveUp)) {
                return states;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return states;
            }
        }
    }
}
