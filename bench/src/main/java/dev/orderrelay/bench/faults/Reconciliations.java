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
    /** The id of the last run asked for, or null before the first. */
    private String last;

    Reconciliations(ConsoleClient console, String shop, Instant episodeStart) {
        this.console = console;
        this.shop = shop;
        this.episodeStart = episodeStart;
    }

    /** Queues one run over the hours from the episode's start to the end of the current hour; its id. */
    String request() {
        Instant from = episodeStart.truncatedTo(ChronoUnit.HOURS);
        Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        last = console.requestReconciliation(shop, from, to);
        return last;
    }

    /**
     * Asks for another run unless the last one asked for has not finished: under a slow Admin API a run outlasts the
     * pause between asks, and the console refuses to queue more than a few (429).
     *
     * @return whether a run was asked for
     */
    boolean requestIfLastFinished() {
        if (last != null && !console.reconciliation(last).finished()) {
            return false;
        }
        request();
        return true;
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
