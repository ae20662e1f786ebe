package dev.orderrelay.bench.faults;

import dev.orderrelay.local.topology.RoleProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Every worker SIGKILLed while sends to one destination are in flight. {@code before}: the peer holds requests
 * unanswered without accepting them ({@code hang}), so the worker dies before the destination took the event.
 * {@code after}: the peer accepts and records each event, then answers late ({@code delay}), so the worker dies after
 * the destination took it and never learns so; the event comes back and is sent again under the same key.
 */
final class WorkerKill implements Fault {

    private static final Duration IN_FLIGHT = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration FLOWING_BOUND = Duration.ofSeconds(90);

    private final boolean afterTheCall;
    private final String kind;

    private WorkerKill(boolean afterTheCall, String kind) {
        this.afterTheCall = afterTheCall;
        this.kind = kind;
    }

    /** Killed while the webhook peer holds its requests unaccepted. */
    static WorkerKill beforeTheDestinationCall() {
        return new WorkerKill(false, "webhook");
    }

    /** Killed while GA4 has accepted events and not answered yet. */
    static WorkerKill afterTheDestinationCall() {
        return new WorkerKill(true, "ga4");
    }

    @Override
    public String name() {
        return afterTheCall ? "worker-kill-after-call" : "worker-kill-before-call";
    }

    @Override
    public String description(SuiteScale scale) {
        return afterTheCall
                ? "worker SIGKILLed while " + kind + " had accepted events and not answered yet (peer delay 5 s)"
                : "worker SIGKILLed while " + kind + " held its requests unaccepted (peer hang)";
    }

    @Override
    public void play(FaultContext context) {
        String shop = context.topology().shop();
        // Only once the batch's events flow to this destination is a send certain to be in flight at the kill.
        awaitNewEvent(context, shop, context.simulator().events(shop, kind).size());
        if (afterTheCall) {
            context.simulator().peerFault(kind, Map.of("mode", "delay", "millis", 5000, "seconds", 60));
            // An event recorded from now on was accepted and is not answered yet: kill while it is held.
            awaitNewEvent(context, shop, context.simulator().events(shop, kind).size());
        } else {
            context.simulator().peerFault(kind, Map.of("mode", "hang", "seconds", 60));
            context.hold(IN_FLIGHT);
        }
        context.topology().workers().forEach(RoleProcess::kill);
        context.simulator().clearPeerFault(kind);
        context.topology().workers().forEach(context::startUntilReady);
    }

    private void awaitNewEvent(FaultContext context, String shop, int seen) {
        Instant giveUp = Instant.now().plus(FLOWING_BOUND);
        while (context.simulator().events(shop, kind).size() <= seen) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(name() + ": no event reached " + kind + " within " + FLOWING_BOUND
                        + "; the kill would not" + " catch a send in flight");
            }
            context.hold(POLL);
        }
    }

    @Override
    public void clear(FaultContext context) {
        context.simulator().clearPeerFault(kind);
        context.topology().workers().stream()
                .filter(worker -> !worker.isAlive())
                .forEach(context::startUntilReady);
    }
}
