package dev.orderrelay.bench.faults;

import java.time.Duration;
import java.util.Map;

/**
 * One destination failing for a while, a third of it each way: 503s, then requests held until they time out, then
 * 429 with {@code Retry-After}. The other destinations keep receiving; nothing may be parked or sent twice.
 */
final class DestinationFailure implements Fault {

    private final String kind;

    DestinationFailure(String kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return "destination-failing";
    }

    @Override
    public String description(SuiteScale scale) {
        return kind + " answering 503, then timing out, then 429, for "
                + scale.destinationFailure().toSeconds() + " s in all";
    }

    @Override
    public void play(FaultContext context) {
        Duration third = context.scale().destinationFailure().dividedBy(3);
        int seconds = (int) Math.max(1, third.toSeconds());
        context.hold(context.scale().loadDuration().dividedBy(5));
        context.simulator().peerFault(kind, Map.of("mode", "status", "status", 503, "seconds", seconds));
        context.hold(third);
        context.simulator().peerFault(kind, Map.of("mode", "hang", "seconds", seconds));
        context.hold(third);
        context.simulator().peerFault(kind, Map.of("mode", "throttle", "seconds", seconds));
        context.hold(third);
        context.simulator().clearPeerFault(kind);
    }

    @Override
    public void clear(FaultContext context) {
        context.simulator().clearPeerFault(kind);
    }
}
