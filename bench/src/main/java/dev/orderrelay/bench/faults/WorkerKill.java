package dev.orderrelay.bench.faults;

import dev.orderrelay.local.topology.RoleProcess;
import java.time.Duration;
import java.util.Map;

/**
 * Every worker SIGKILLed while sends to one destination are in flight. {@code before}: the peer holds requests
 * unanswered without accepting them ({@code hang}), so the worker dies before the destination took the event.
 * {@code after}: the peer accepts and records each event, then answers late ({@code delay}), so the worker dies after
 * the destination took it and never learns so; the event comes back and is sent again under the same key.
 */
final class WorkerKill implements Fault {

    private static final Duration IN_FLIGHT = Duration.ofSeconds(4);

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
        context.hold(context.scale().loadDuration().dividedBy(3));
        Map<String, Object> fault = afterTheCall
                ? Map.of("mode", "delay", "millis", 5000, "seconds", 60)
                : Map.of("mode", "hang", "seconds", 60);
        context.simulator().peerFault(kind, fault);
        context.hold(IN_FLIGHT);
        context.topology().workers().forEach(RoleProcess::kill);
        context.simulator().clearPeerFault(kind);
        context.topology().workers().forEach(RoleProcess::start);
    }

    @Override
    public void clear(FaultContext context) {
        context.simulator().clearPeerFault(kind);
        context.topology().workers().stream()
                .filter(worker -> !worker.isAlive())
                .forEach(RoleProcess::start);
    }
}
