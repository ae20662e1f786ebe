package dev.orderrelay.bench.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * One destination refusing some orders as invalid (a 4xx, as for a validation error): every twentieth order of the
 * batch, picked as the store creates them. The worker parks those events with the destination's reason; after the
 * load the rejections are lifted (the fix) and support replays the destination's parked events, which must then be
 * delivered once each.
 */
final class DestinationRejections implements Fault {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration REPLAY_BOUND = Duration.ofMinutes(5);

    private final String kind;

    DestinationRejections(String kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return "destination-rejecting";
    }

    @Override
    public String description(SuiteScale scale) {
        return kind + " refusing 5 % of orders with a 4xx (parked), fixed and replayed after the load";
    }

    @Override
    public void play(FaultContext context) {
        Set<String> seen = new HashSet<>();
        int index = 0;
        while (true) {
            StoreBatch batch = context.simulator().batch(context.batch());
            Set<String> picked = new HashSet<>();
            for (SourceOrder order : batch.orders()) {
                if (seen.add(order.orderId()) && index++ % 20 == 0) {
                    picked.add(order.orderId());
                }
            }
            if (!picked.isEmpty()) {
                context.simulator().reject(kind, picked, "fault suite: invalid event (field order_id)");
            }
            if (batch.finished()) {
                return;
            }
            context.hold(POLL);
        }
    }

    @Override
    public void clear(FaultContext context) {
        context.simulator().clearRejections(kind);
    }

    @Override
    public void afterReconciliation(FaultContext context) {
        context.simulator().clearRejections(kind);
        // A send refused just before the rejections were lifted may be parked a moment later: a second pass takes it.
        for (int pass = 0; pass < 2; pass++) {
            replayParked(context);
            context.hold(SETTLE);
        }
    }

    /**
     * Replays the parked events of each destination of this kind. Dead letters name the destination (the shop's
     * {@code demo-amplitude}), not its kind, and so does the replay's filter.
     */
    private void replayParked(FaultContext context) {
        String shop = context.topology().shop();
        Set<String> destinations = new TreeSet<>();
        context.console().parked(shop, "deliver").stream()
                .map(ConsoleClient.DeadLetter::destination)
                .filter(destination -> destination != null && destination.endsWith(kind))
                .forEach(destinations::add);
        for (String destination : destinations) {
            String job = context.console().replayDeliveries(shop, destination);
            Instant giveUp = Instant.now().plus(REPLAY_BOUND);
            while (!"DONE".equals(context.console().replayState(job))
                    && Instant.now().isBefore(giveUp)) {
                context.hold(POLL);
            }
        }
    }
}
