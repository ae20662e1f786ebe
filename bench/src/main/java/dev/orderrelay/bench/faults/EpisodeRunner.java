package dev.orderrelay.bench.faults;

import dev.orderrelay.local.topology.Topology;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs one episode on a live topology: starts a batch of orders, sends the junk and plays the fault while the store's
 * load runs; then clears the fault, waits until the store has nothing left to send and the pipeline is quiet, asks
 * for a reconciliation, lets the fault replay what it parked, and polls the
 * destinations until every order is delivered or the drain bound passes; then checks the history.
 */
final class EpisodeRunner {

    private static final Duration POLL = Duration.ofSeconds(3);
    private static final Duration QUIET = Duration.ofSeconds(10);
    private static final Duration RECONCILE_AGAIN = Duration.ofSeconds(45);

    private final Topology topology;
    private final SimulatorClient simulator;
    private final ConsoleClient console;
    private final SuiteScale scale;
    private final HistoryChecker checker = HistoryChecker.forDemoShop();
    private final Consumer<String> progress;

    EpisodeRunner(Topology topology, SuiteScale scale, Consumer<String> progress) {
        this.topology = topology;
        this.simulator = new SimulatorClient(topology.simulator());
        this.console = new ConsoleClient(topology.api());
        this.scale = scale;
        this.progress = progress;
    }

    EpisodeResult run(Fault fault) {
        Instant start = Instant.now();
        String batch = simulator.createOrders(scale.ordersPerEpisode(), scale.perSecond(), fault.lossRate(scale));
        FaultContext context = new FaultContext(topology, simulator, console, scale, batch);
        progress.accept(fault.name() + ": batch " + batch + ", " + fault.description(scale));
        JunkTally junk = new JunkTally();
        Thread junkThread = Thread.ofVirtual().start(() -> sendJunk(junk));
        try {
            fault.play(context);
            awaitCreated(batch);
            join(junkThread);
        } finally {
            fault.clear(context);
        }
        Instant loadEnd = Instant.now();
        progress.accept(fault.name() + ": load over after " + seconds(start, loadEnd) + ", draining");
        settle(batch);
        progress.accept(fault.name() + ": pipeline quiet " + seconds(loadEnd, Instant.now()) + " after the load,"
                + " reconciling");
        Reconciliations reconciliations = new Reconciliations(console, topology.shop(), start);
        List<String> runs = new ArrayList<>();
        try {
            reconciliations
                    .await(fault.reconcile(context, reconciliations), fault.reconciliationBound(context))
                    .forEach(run -> runs.add(run.state() + " requeued=" + run.requeued()
                            + (run.subscriptionsRecreated() > 0 ? " subscriptions=" + run.subscriptionsRecreated() : "")
                            + (run.error() == null ? "" : " error=" + run.error())));
        } finally {
            fault.afterReconciliation(context);
        }
        Duration drain = drain(batch, loadEnd, Instant.now(), reconciliations);
        StoreBatch history = simulator.batch(batch);
        List<AcceptedEvent> events = simulator.events(topology.shop(), PurchaseEvents.KINDS);
        HistoryVerdict verdict = checker.check(history.orders(), events);
        JunkFigures junkFigures = junk.figures(parkedWebhookIds(junk.malformedAccepted()));
        return new EpisodeResult(
                fault.name(),
                fault.description(scale),
                verdict,
                junkFigures,
                drain,
                runs,
                new EpisodeResult.History(history.orders(), events));
    }

    /**
     * Polls until the store has nothing left to send and every paid order is at every destination; asks for another
     * reconciliation now and then meanwhile (orders created within the reconciler's settle delay, or stalled ones,
     * are only repaired by a later run). The drain time is when every acknowledged order was delivered, counted from
     * the end of the load; the bound runs from the end of the reconciliation, which a fault may slow down on purpose.
     */
    private Duration drain(String batch, Instant loadEnd, Instant reconciled, Reconciliations reconciliations) {
        Instant giveUp = reconciled.plus(scale.drainTimeout());
        Instant nextReconciliation = Instant.now().plus(RECONCILE_AGAIN);
        Duration drained = null;
        while (Instant.now().isBefore(giveUp)) {
            StoreBatch history = simulator.batch(batch);
            List<AcceptedEvent> events = simulator.events(topology.shop(), PurchaseEvents.KINDS);
            HistoryVerdict verdict = checker.check(history.orders(), events);
            if (drained == null && history.settled() && verdict.lost() == 0) {
                drained = Duration.between(loadEnd, Instant.now());
            }
            if (drained != null && verdict.missing() == 0) {
                return drained;
            }
            if (Instant.now().isAfter(nextReconciliation)) {
                boolean asked = reconciliations.requestIfLastFinished();
                progress.accept("  still waiting: lost so far " + verdict.lost() + ", missing " + verdict.missing()
                        + ", store webhooks in flight " + history.inFlight()
                        + (asked ? "; reconciling again" : "; the last reconciliation is still running"));
                nextReconciliation = Instant.now().plus(RECONCILE_AGAIN);
            }
            pause(POLL);
        }
        return drained;
    }

    /**
     * Waits until the store has nothing left to send and the destinations have stopped gaining events (or every
     * order is delivered), so the reconciliation looks for what the pipeline really missed rather than racing the
     * worker's backlog; bounded by the drain bound.
     */
    private void settle(String batch) {
        Instant giveUp = Instant.now().plus(scale.drainTimeout());
        int lastCount = -1;
        Instant lastProgress = Instant.now();
        while (Instant.now().isBefore(giveUp)) {
            StoreBatch history = simulator.batch(batch);
            List<AcceptedEvent> events = simulator.events(topology.shop(), PurchaseEvents.KINDS);
            if (history.settled()) {
                if (checker.allDelivered(history.orders(), events)
                        || Duration.between(lastProgress, Instant.now()).compareTo(QUIET) >= 0) {
                    return;
                }
            }
            if (events.size() != lastCount) {
                lastCount = events.size();
                lastProgress = Instant.now();
            }
            pause(POLL);
        }
    }

    private void sendJunk(JunkTally tally) {
        JunkSender sender = new JunkSender(topology.webhooks(), topology.shop(), tally);
        int count = scale.junkPerKind();
        Duration gap = count == 0 ? Duration.ZERO : scale.loadDuration().dividedBy(count);
        List<Thread> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sends.add(Thread.ofVirtual().start(sender::sendForged));
            sends.add(Thread.ofVirtual().start(sender::sendMalformed));
            pause(gap);
        }
        sends.forEach(EpisodeRunner::join);
    }

    private void awaitCreated(String batch) {
        while (!simulator.batch(batch).finished()) {
            pause(Duration.ofSeconds(1));
        }
    }

    /** The webhook ids of the shop's events parked by the process stage, among those we look for. */
    private Set<String> parkedWebhookIds(Set<String> wanted) {
        Set<String> parked = new HashSet<>();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            console.parked(topology.shop(), "process").stream()
                    .map(ConsoleClient.DeadLetter::webhookId)
                    .filter(wanted::contains)
                    .forEach(parked::add);
            if (parked.containsAll(wanted) || Instant.now().isAfter(giveUp)) {
                return parked;
            }
            pause(POLL);
        }
    }

    private static String seconds(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() + " s";
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("episode interrupted", e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("episode interrupted", e);
        }
    }
}
